package org.cloakroom.kiosk.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of the chain's HMAC-SHA-256 hashes (secret file {@code audit-chain.key}:
 * 32 random bytes, Base64 URL-safe without padding). Its {@link #id()} names it in every
 * entry it hashed and in every checkpoint, so a retired key can still verify its entries.
 * Never printed: {@link #toString()} shows the id only.
 */
public final class ChainKey {

	/** The secret file of the current key. */
	static final String SECRET = "audit-chain.key";

	private static final String ALGORITHM = "HmacSHA256";

	private static final byte[] ID_LABEL = "cloakroom audit key id".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec key;

	private final String id;

	private ChainKey(byte[] secret) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("too short: " + secret.length + " bytes");
		}
		this.key = new SecretKeySpec(secret, ALGORITHM);
		this.id = HexFormat.of().formatHex(mac().doFinal(ID_LABEL), 0, 8);
	}

	/** The key from its secret file's text (Base64, URL-safe or standard). */
	public static ChainKey parse(String text, String where) {
		String trimmed = text.strip();
		try {
			return new ChainKey(Base64.getUrlDecoder().decode(trimmed.replace('+', '-').replace('/', '_')));
		}
		catch (IllegalArgumentException ex) {
			// the decoder's message may quote the key's characters: never repeated
			throw new IllegalArgumentException(where + " is not an audit chain key (32 or more bytes in Base64)");
		}
	}

	/** The secret file's secret: the retired key {@code id}'s name. */
	public static String retiredSecret(String id) {
		return "audit-chain-" + id + ".key";
	}

	/**
	 * The key's identity: the first 8 bytes, in hex, of HMAC-SHA-256(key, "cloakroom
	 * audit key id").
	 */
	public String id() {
		return this.id;
	}

	/** Lower-case hex HMAC-SHA-256 of the canonical lines. */
	public String hash(String canonicalLines) {
		return HexFormat.of().formatHex(mac().doFinal(canonicalLines.getBytes(StandardCharsets.UTF_8)));
	}

	/** A MAC with this key, for one thread at a time. */
	Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("This Java runtime offers no " + ALGORITHM, ex);
		}
	}

	@Override
	public String toString() {
		return "audit chain key " + this.id;
	}

}
