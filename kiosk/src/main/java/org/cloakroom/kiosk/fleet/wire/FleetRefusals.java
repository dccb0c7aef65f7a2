package org.cloakroom.kiosk.fleet.wire;

/**
 * The {@code code} of central's problem details that a kiosk acts on; the kiosk reads the
 * code, never the words.
 */
public final class FleetRefusals {

	/**
	 * The batch does not start where central's copy ends; {@code expected} says where.
	 */
	public static final String OUT_OF_ORDER = "fleet-out-of-order";

	/**
	 * The kiosk's chain contradicts central's copy at {@code sequence}; nothing is taken.
	 */
	public static final String CHAIN_FORKED = "fleet-chain-forked";

	/** The kiosk was revoked: its token is refused. */
	public static final String KIOSK_REVOKED = "fleet-kiosk-revoked";

	public static final String JOIN_CODE_UNKNOWN = "fleet-join-code-unknown";

	public static final String JOIN_CODE_EXPIRED = "fleet-join-code-expired";

	public static final String JOIN_CODE_USED = "fleet-join-code-used";

	private FleetRefusals() {
	}

}
