package org.cloakroom.kiosk.ble.identity;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;

/**
 * The Core Specification's random address hash {@code ah(k, r) = e(k, r') mod 2^24} (Vol
 * 3, Part H, 2.2.2), where {@code r'} is 13 zero octets followed by the 24-bit
 * {@code prand}, and {@code e} is AES-128 with key and block most significant octet
 * first. A resolvable private address is {@code prand} (top two bits 01) in its upper 24
 * bits and the hash in its lower 24. One instance per IRK; not thread-safe (it reuses its
 * buffers so that resolving allocates nothing).
 */
public final class Ah {

	private final Cipher cipher;

	private final byte[] block = new byte[16];

	private final byte[] result = new byte[16];

	public Ah(IdentityResolvingKey irk) {
		try {
			this.cipher = Cipher.getInstance("AES/ECB/NoPadding");
			this.cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(irk.key(), "AES"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-128 is not available to resolve BLE private addresses", ex);
		}
	}

	/** {@code ah(irk, prand)}; both 24-bit values. */
	public int hash(int prand) {
		this.block[13] = (byte) (prand >>> 16);
		this.block[14] = (byte) (prand >>> 8);
		this.block[15] = (byte) prand;
		try {
			// update, not doFinal: with ECB and no padding a whole block comes out at
			// once,
			// and it skips doFinal's reset (a third of the time when resolving against
			// thousands of keys)
			this.cipher.update(this.block, 0, 16, this.result, 0);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-128 failed while resolving a BLE private address", ex);
		}
		return ((this.result[13] & 0xFF) << 16) | ((this.result[14] & 0xFF) << 8) | (this.result[15] & 0xFF);
	}

	/** Whether {@code address} is a resolvable private address made with this IRK. */
	public boolean resolves(BleAddress address) {
		long value = address.value();
		return address.isResolvablePrivate() && hash((int) (value >>> 24)) == (int) (value & 0xFF_FFFF);
	}

	/**
	 * The resolvable private address for {@code random}'s low 22 bits (which must not be
	 * all zeros or all ones).
	 */
	public BleAddress resolvablePrivateAddress(int random) {
		int bits = random & 0x3F_FFFF;
		if (bits == 0 || bits == 0x3F_FFFF) {
			throw new IllegalArgumentException(
					"prand's random part must not be all zeros or all ones, got 0x" + Integer.toHexString(bits));
		}
		int prand = 0x40_0000 | bits;
		return new BleAddress(((long) prand << 24) | hash(prand));
	}

}
