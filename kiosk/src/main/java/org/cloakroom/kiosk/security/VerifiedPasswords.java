package org.cloakroom.kiosk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that matched their stored hash a moment ago, so that a script's HTTP Basic
 * request (which presents the password every time) does not pay BCrypt's cost on each
 * call. Each entry is an HMAC, under a key drawn at start and never stored, of the
 * username, the password presented and the stored hash: never the password itself, and a
 * changed password (a new hash) never matches an old entry. A wrong password is never
 * remembered, so guessing costs BCrypt every time; a locked or disabled console user is
 * refused before this is asked. Entries last {@code remember-verified-for}; zero turns
 * this off.
 */
final class VerifiedPasswords {

	/** At most this many at once; past it the memory starts afresh. */
	static final int CAPACITY = 1000;

	private final Duration lifetime;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	VerifiedPasswords(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	boolean remembers(String username, String password, String storedHash) {
		if (this.lifetime.isZero()) {
			return false;
		}
		Instant until = this.verified.get(digest(username, password, storedHash));
		return until != null && this.clock.instant().isBefore(until);
	}

	void remember(String username, String password, String storedHash) {
		if (this.lifetime.isZero()) {
			return;
		}
		if (this.verified.size() >= CAPACITY) {
			this.verified.clear();
		}
		this.verified.put(digest(username, password, storedHash), this.clock.instant().plus(this.lifetime));
	}

	private String digest(String username, String password, String storedHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			for (String part : new String[] { username, password, storedHash }) {
				mac.update(part.getBytes(StandardCharsets.UTF_8));
				mac.update((byte) 0);
			}
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

}
