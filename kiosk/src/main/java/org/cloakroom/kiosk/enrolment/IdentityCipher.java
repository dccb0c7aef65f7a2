package org.cloakroom.kiosk.enrolment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (IRKs) with AES-256-GCM under
 * {@code cloakroom.enrolment.identity-key}: a random 12-byte IV per value, stored as
 * base64 of IV || ciphertext-and-tag. The caller's context (e.g. the phone id) is bound
 * as associated data, so a value copied to another row does not decrypt. Public for the
 * central's other secrets at rest that must be sealed the same way (a registered kiosk's
 * wrapping key).
 */
@Component
public class IdentityCipher {

	static final String PROPERTY = "cloakroom.enrolment.identity-key";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	IdentityCipher(EnrolmentProperties properties) {
		this.key = parseKey(properties.identityKey());
	}

	static SecretKey parseKey(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IdentityKeyUnusableException("is not set");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IdentityKeyUnusableException("is not valid base64 (" + ex.getMessage() + ")");
		}
		if (bytes.length != 32) {
			throw new IdentityKeyUnusableException("decodes to " + bytes.length + " bytes, not the 32 of AES-256");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	public String encrypt(byte[] plain, String context) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, context, plain);
		byte[] stored = new byte[IV_BYTES + sealed.length];
		System.arraycopy(iv, 0, stored, 0, IV_BYTES);
		System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
		return Base64.getEncoder().encodeToString(stored);
	}

	/**
	 * @throws IllegalStateException when the value was not sealed with this key and
	 * context
	 */
	public byte[] decrypt(String stored, String context) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		if (bytes.length <= IV_BYTES) {
			throw new IllegalStateException("Encrypted value for " + context + " is too short to hold an IV");
		}
		byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
		byte[] sealed = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
		return run(Cipher.DECRYPT_MODE, iv, context, sealed);
	}

	/** Whether the value was sealed with this key and context. */
	boolean opens(String stored, String context) {
		try {
			decrypt(stored, context);
			return true;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return false;
		}
	}

	private byte[] run(int mode, byte[] iv, String context, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
					+ " the secret of " + context + " (is " + PROPERTY + " the key it was stored with?)", ex);
		}
	}

}
