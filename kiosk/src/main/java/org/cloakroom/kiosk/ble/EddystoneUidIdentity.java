package org.cloakroom.kiosk.ble;

import java.util.HexFormat;
import java.util.Locale;

/**
 * An Eddystone-UID frame's 10-byte namespace and 6-byte instance, as 20 and 12 hex
 * digits; anything else is an {@link InvalidIdentity}.
 */
public record EddystoneUidIdentity(String namespace, String instance) implements BleIdentity {

	public EddystoneUidIdentity {
		namespace = hexOfLength("namespace", namespace, 20);
		instance = hexOfLength("instance", instance, 12);
	}

	public static EddystoneUidIdentity of(byte[] namespace, byte[] instance) {
		return new EddystoneUidIdentity(HexFormat.of().formatHex(namespace), HexFormat.of().formatHex(instance));
	}

	private static String hexOfLength(String field, String value, int digits) {
		String hex = (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!hex.matches("\\p{XDigit}{" + digits + "}")) {
			throw InvalidIdentity.eddystoneUidField(field, digits, value);
		}
		return hex;
	}

	@Override
	public String kind() {
		return "eddystone-uid";
	}

	@Override
	public String describe() {
		return "Eddystone-UID " + this.namespace + "/" + this.instance;
	}

}
