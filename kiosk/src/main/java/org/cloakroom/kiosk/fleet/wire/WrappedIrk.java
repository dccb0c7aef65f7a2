package org.cloakroom.kiosk.fleet.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An IRK as a configuration carries it to one kiosk: Base64 of a random 12-byte nonce
 * followed by AES-256-GCM of the 16-byte key under that kiosk's wrapping key, with
 * {@code cloakroom-irk:<kiosk id>:<identity key>} as associated data, so that a value
 * copied to another kiosk or another identity does not open.
 */
public final class WrappedIrk {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int IRK_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private WrappedIrk() {
	}

	public static String seal(byte[] wrappingKey, long kiosk, String identity, byte[] irk) {
		if (irk == null || irk.length != IRK_BYTES) {
			throw new IllegalArgumentException("The IRK of identity " + identity + " is not 16 bytes");
		}
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, wrappingKey, nonce, kiosk, identity, irk);
		byte[] wire = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
		System.arraycopy(sealed, 0, wire, NONCE_BYTES, sealed.length);
		return Base64.getEncoder().encodeToString(wire);
	}

	/**
	 * @throws IllegalArgumentException naming the identity and the kiosk when the value
	 * is not Base64, too short, or was not sealed for this kiosk and identity under this
	 * key
	 */
	public static byte[] open(byte[] wrappingKey, long kiosk, String identity, String wrapped) {
		byte[] wire;
		try {
			wire = Base64.getDecoder().decode((wrapped != null) ? wrapped : "");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"The wrapped IRK of identity " + identity + " is not Base64: " + ex.getMessage());
		}
		if (wire.length != NONCE_BYTES + IRK_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("The wrapped IRK of identity " + identity + " is " + wire.length
					+ " bytes, not the " + (NONCE_BYTES + IRK_BYTES + TAG_BITS / 8) + " of a nonce, a key and a tag");
		}
		try {
			return run(Cipher.DECRYPT_MODE, wrappingKey, Arrays.copyOf(wire, NONCE_BYTES), kiosk, identity,
					Arrays.copyOfRange(wire, NONCE_BYTES, wire.length));
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof AEADBadTagException) {
				throw new IllegalArgumentException("The wrapped IRK of identity " + identity
						+ " does not open for kiosk " + kiosk + " with its wrapping key");
			}
			throw ex;
		}
	}

	private static byte[] run(int mode, byte[] wrappingKey, byte[] nonce, long kiosk, String identity, byte[] input) {
		if (wrappingKey == null || wrappingKey.length != 32) {
			throw new IllegalArgumentException("A wrapping key is 32 bytes (AES-256), got "
					+ ((wrappingKey == null) ? "none" : wrappingKey.length + " bytes"));
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(("cloakroom-irk:" + kiosk + ":" + identity).getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot " + ((mode == Cipher.ENCRYPT_MODE) ? "seal" : "open")
					+ " the IRK of identity " + identity + " for kiosk " + kiosk, ex);
		}
	}

}
