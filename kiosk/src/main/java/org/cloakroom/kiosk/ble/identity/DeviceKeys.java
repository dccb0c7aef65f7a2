package org.cloakroom.kiosk.ble.identity;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cloakroom.kiosk.ble.BleAddress;

/**
 * Keys for devices that are not enrolled: HMAC-SHA256 of the address under a key made for
 * this process only, so that the address of a person who is not enrolled is never stored
 * or logged in clear and keys cannot be linked across restarts.
 */
final class DeviceKeys {

	private final Mac mac;

	DeviceKeys() {
		this(newKey());
	}

	DeviceKeys(byte[] key) {
		try {
			this.mac = Mac.getInstance("HmacSHA256");
			this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available to key unenrolled BLE devices", ex);
		}
	}

	/** 32 hex digits (128 bits) of the HMAC. */
	synchronized String keyOf(BleAddress address) {
		byte[] digest = this.mac.doFinal(address.toBytes());
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	private static byte[] newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
