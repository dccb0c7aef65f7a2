package org.cloakroom.kiosk.fleet.ingest;

import java.util.Map;

import org.cloakroom.kiosk.Refusal;

/**
 * A kiosk's or an admin's request central refuses. Words: {@code refusal.<code>} in
 * {@code messages/fleet.properties}; the codes a kiosk acts on are
 * {@code fleet.wire.FleetRefusals}' (spelled out here, where the message bundles' test
 * reads them; {@code FleetRefusalTest} holds them equal), with {@code expected} or
 * {@code sequence} beside them.
 */
final class FleetRefusal extends Refusal {

	private final Map<String, Object> properties;

	private FleetRefusal(Kind kind, String code, Map<String, Object> properties, Object... arguments) {
		super(kind, code, arguments);
		this.properties = properties;
	}

	private FleetRefusal(Kind kind, String code, Object... arguments) {
		this(kind, code, Map.of(), arguments);
	}

	@Override
	public Map<String, Object> properties() {
		return this.properties;
	}

	static FleetRefusal outOfOrder(long sent, long expected) {
		return new FleetRefusal(Kind.CONFLICT, "fleet-out-of-order", Map.of("expected", expected), sent, expected);
	}

	static FleetRefusal forked(long sequence) {
		return new FleetRefusal(Kind.CONFLICT, "fleet-chain-forked", Map.of("sequence", sequence), sequence);
	}

	static FleetRefusal revoked() {
		return new FleetRefusal(Kind.NOT_ALLOWED, "fleet-kiosk-revoked");
	}

	static FleetRefusal tokenRequired() {
		return new FleetRefusal(Kind.UNAUTHENTICATED, "fleet-token-required");
	}

	static FleetRefusal tokenWrong() {
		return new FleetRefusal(Kind.UNAUTHENTICATED, "fleet-token-wrong");
	}

	static FleetRefusal joinCodeUnknown() {
		return new FleetRefusal(Kind.NOT_FOUND, "fleet-join-code-unknown");
	}

	static FleetRefusal joinCodeExpired(Object expiredAt) {
		return new FleetRefusal(Kind.GONE, "fleet-join-code-expired", expiredAt);
	}

	static FleetRefusal joinCodeUsed() {
		return new FleetRefusal(Kind.GONE, "fleet-join-code-used");
	}

	/** A field of a kiosk's request that central cannot take: where, and why. */
	static FleetRefusal invalid(String where, String why) {
		return new FleetRefusal(Kind.INVALID, "fleet-request-invalid", where, why);
	}

	static FleetRefusal nameInvalid(String name) {
		return new FleetRefusal(Kind.INVALID, "fleet-kiosk-name-invalid", name);
	}

	static FleetRefusal siteInvalid(String site) {
		return new FleetRefusal(Kind.INVALID, "fleet-kiosk-site-invalid", site);
	}

	static FleetRefusal nameTaken(String name) {
		return new FleetRefusal(Kind.CONFLICT, "fleet-kiosk-name-taken", name);
	}

	static FleetRefusal alreadyRevoked(String name, Object revokedAt) {
		return new FleetRefusal(Kind.CONFLICT, "fleet-kiosk-already-revoked", name, revokedAt);
	}

}
