package org.cloakroom.kiosk.fleet.ingest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.enrolment.IdentityCipher;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.JoinRequest;
import org.cloakroom.kiosk.fleet.wire.Joined;
import org.cloakroom.kiosk.fleet.wire.SigningKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kiosk exchanging its join code for its fleet token and wrapping key: each 32 random
 * bytes, given once. Central keeps the token's SHA-256 and the wrapping key sealed as
 * IRKs are ({@link IdentityCipher}, bound to the kiosk's id), and starts the kiosk's
 * chain after the sequence its log had reached.
 */
@Service
@CentralHome
class FleetJoin {

	/** The join's field as the wire names it, for the refusal. */
	private static final String SEQUENCE = "sequence";

	private static final String HASH_FIELD = "hash";

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private final KioskTable kiosks;

	private final ChainTable chains;

	private final SigningKeyTable keys;

	private final IdentityCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	FleetJoin(KioskTable kiosks, ChainTable chains, SigningKeyTable keys, IdentityCipher cipher,
			ApplicationEventPublisher events, Clock clock) {
		this.kiosks = kiosks;
		this.chains = chains;
		this.keys = keys;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	/** The associated data a kiosk's sealed wrapping key is bound to. */
	static String wrappingKeyContext(long kioskId) {
		return "fleet-wrapping-key:" + kioskId;
	}

	@Transactional
	Joined join(JoinRequest request) {
		if (request.sequence() < 0) {
			throw FleetRefusal.invalid(SEQUENCE, "a sequence is 0 or more, was " + request.sequence());
		}
		String head = head(request);
		BatchCheck.signingKeys(request.signingKeys());
		String code = JoinCode.characters(request.code()).orElseThrow(FleetRefusal::joinCodeUnknown);
		KioskTable.Joining kiosk = this.kiosks.byJoinCode(JoinCode.digest(code))
			.orElseThrow(FleetRefusal::joinCodeUnknown);
		Instant now = this.clock.instant();
		if (kiosk.state() == KioskState.REVOKED) {
			throw FleetRefusal.revoked();
		}
		if (kiosk.state() != KioskState.REGISTERED) {
			throw FleetRefusal.joinCodeUsed();
		}
		if (!now.isBefore(kiosk.joinCodeExpiresAt())) {
			throw FleetRefusal.joinCodeExpired(kiosk.joinCodeExpiresAt());
		}
		FleetToken token = new FleetToken(kiosk.id(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes()));
		byte[] wrappingKey = bytes();
		String sealed = this.cipher.encrypt(wrappingKey, wrappingKeyContext(kiosk.id()));
		if (!this.kiosks.join(kiosk.id(), Sha256.hex(token.secret()), sealed, request.sequence(), now)) {
			throw FleetRefusal.joinCodeUsed();
		}
		this.chains.create(kiosk.id(), request.sequence(), head, now);
		for (SigningKey key : request.signingKeys()) {
			this.keys.keep(kiosk.id(), key.id(), key.pem(), now);
		}
		this.events.publishEvent(new KioskJoined(kiosk.id(), kiosk.name(), kiosk.site(), request.sequence(),
				request.signingKeys().stream().map(SigningKey::id).toList()));
		return new Joined(kiosk.id(), kiosk.name(), kiosk.site(), token.text(),
				Base64.getEncoder().encodeToString(wrappingKey));
	}

	/**
	 * The hash central's copy of the chain starts from: the kiosk's head at the join, so
	 * that its first forwarded entry must link to it; the genesis at 0.
	 */
	private static String head(JoinRequest request) {
		String hash = request.hash();
		if (request.sequence() == 0 && (hash == null || hash.equals(CanonicalForm.GENESIS_HASH))) {
			return CanonicalForm.GENESIS_HASH;
		}
		if (hash == null || !HASH.matcher(hash).matches()) {
			throw FleetRefusal.invalid(HASH_FIELD,
					"the hash of entry " + request.sequence() + " is 64 lower-case hex digits"
							+ ((request.sequence() == 0) ? " (at 0, the genesis: 64 zeros)" : "") + ", was "
							+ ((hash == null) ? "missing" : "'" + hash + "'"));
		}
		if (request.sequence() == 0) {
			throw FleetRefusal.invalid(HASH_FIELD, "at 0 the hash is the genesis, 64 zeros, was '" + hash + "'");
		}
		return hash;
	}

	private byte[] bytes() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
