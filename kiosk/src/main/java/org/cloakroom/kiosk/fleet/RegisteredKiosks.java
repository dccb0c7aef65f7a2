package org.cloakroom.kiosk.fleet;

import java.time.Instant;
import java.util.List;

/**
 * Central's registered kiosks as the admin console works them (the page
 * {@code /admin/kiosks}): register one and get its join code, list them with their
 * contact, lag and chain, revoke one. The registry of the fleet's ingest implements it;
 * its refusals (a name taken or not a slug, a kiosk unknown or revoked already) are
 * {@link org.cloakroom.kiosk.Refusal}s the page shows in their words.
 */
public interface RegisteredKiosks {

	/**
	 * Registers a kiosk in {@code by}'s name.
	 * @return its join code, which central keeps only as a hash: shown once
	 */
	JoinCode register(String name, String site, String by);

	/** Every registered kiosk, revoked ones too, by name. */
	List<Kiosk> list();

	/**
	 * Revokes the kiosk in {@code by}'s name: its fleet token is refused from then on.
	 */
	void revoke(String name, String by);

	/** The one-time code a kiosk joins with, and when it stops working. */
	record JoinCode(String kiosk, String code, Instant expiresAt) {

		@Override
		public String toString() {
			// a secret until used: never in a log line
			return "JoinCode[kiosk=" + this.kiosk + ", expiresAt=" + this.expiresAt + "]";
		}

	}

	/** Where a registered kiosk is in its life. */
	enum State {

		REGISTERED, JOINED, REVOKED

	}

	/**
	 * A registered kiosk as central knows it.
	 *
	 * @param lastContactAt its last batch or heartbeat (null: none yet)
	 * @param lagEntries the entries it held beyond central's copy at its last contact
	 * (null: unknown)
	 * @param forkedAt the sequence where its chain contradicted central's copy (null: its
	 * chain is OK)
	 * @param configurationVersion the configuration version it last pulled (null: none)
	 */
	record Kiosk(String name, String site, State state, Instant lastContactAt, Long lagEntries, Long forkedAt,
			Long configurationVersion) {

	}

}
