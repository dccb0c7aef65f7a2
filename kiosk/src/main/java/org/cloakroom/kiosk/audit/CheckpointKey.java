package org.cloakroom.kiosk.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The Ed25519 key that signs checkpoints. Its secret file {@code audit-checkpoint.key}
 * holds two lines: the private key (PKCS#8, Base64) and the public key (X.509
 * SubjectPublicKeyInfo, Base64), because Java cannot derive the one from the other. A key
 * without its private half only verifies. Never printed: {@link #toString()} shows the
 * id.
 */
public final class CheckpointKey {

	/** The secret file of the current signing key. */
	static final String SECRET = "audit-checkpoint.key";

	private static final String ALGORITHM = "Ed25519";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String id;

	private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.id = idOf(publicKey);
	}

	/** A new key pair, as its secret file's text. */
	static String generate() {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			Base64.Encoder base64 = Base64.getEncoder();
			return base64.encodeToString(pair.getPrivate().getEncoded()) + "\n"
					+ base64.encodeToString(pair.getPublic().getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime offers no " + ALGORITHM, ex);
		}
	}

	/** The key pair from its secret file's text. */
	static CheckpointKey parse(String text, String where) {
		List<String> lines = text.strip().lines().map(String::strip).toList();
		if (lines.size() != 2) {
			throw new IllegalArgumentException(where
					+ " is not a checkpoint key: two lines expected (PKCS#8 private key, X.509 public key, Base64), found "
					+ lines.size());
		}
		try {
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			PrivateKey privateKey = factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
			return new CheckpointKey(privateKey, publicKey(lines.get(1), where + " line 2"));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException(where + " is not an Ed25519 checkpoint key: " + ex.getMessage(), ex);
		}
	}

	/** A public key only, to verify: from Base64 DER or a PEM "PUBLIC KEY" block. */
	public static CheckpointKey verifying(String text, String where) {
		String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return new CheckpointKey(null, publicKey(base64, where));
	}

	private static PublicKey publicKey(String base64, String where) {
		try {
			return KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException(where + " is not an Ed25519 public key: " + ex.getMessage(), ex);
		}
	}

	/** The secret file's name of the retired signing key {@code id}. */
	static String retiredSecret(String id) {
		return "audit-checkpoint-" + id + ".key";
	}

	/** The first 8 bytes, in hex, of the SHA-256 of the public key's X.509 encoding. */
	public String id() {
		return this.id;
	}

	/**
	 * The SHA-256, in hex, of the public key's X.509 encoding: what
	 * {@code openssl pkey -pubin -in KEY.pem -outform DER | sha256sum} prints; the id is
	 * its first 16 digits.
	 */
	public String fingerprint() {
		return HexFormat.of().formatHex(sha256(this.publicKey));
	}

	/** The public key in PEM, as written beside the checkpoints. */
	public String publicPem() {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(this.publicKey.getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	byte[] sign(byte[] message) {
		if (this.privateKey == null) {
			throw new IllegalStateException("Checkpoint key " + this.id + " can only verify");
		}
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(this.privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with checkpoint key " + this.id + ": " + ex.getMessage(), ex);
		}
	}

	public boolean verifies(byte[] message, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(this.publicKey);
			verifier.update(message);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static String idOf(PublicKey key) {
		return HexFormat.of().formatHex(sha256(key), 0, 8);
	}

	private static byte[] sha256(PublicKey key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime offers no SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "audit checkpoint key " + this.id;
	}

}
