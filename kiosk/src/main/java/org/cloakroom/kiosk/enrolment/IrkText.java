package org.cloakroom.kiosk.enrolment;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.ble.IdentityResolvingKey;

/**
 * Reads an IRK as people paste it: 32 hex digits, or the section of a BlueZ info file
 * ({@code /var/lib/bluetooth/<adapter>/<device>/info}) that holds it:
 *
 * <pre>
 * [IdentityResolvingKey]
 * Key=EC0234A357C8AD05341010A60A397D9B
 * </pre>
 *
 * Lenient about blank lines, spaces, line endings and the case of names (the rest of the
 * info file may come along); strict about the key: exactly 32 hex digits, once. Errors
 * never repeat the key, only its shape.
 */
public final class IrkText {

	private static final String SECTION = "[identityresolvingkey]";

	private static final Pattern KEY = Pattern.compile("\\p{XDigit}{32}");

	private IrkText() {
	}

	/**
	 * @throws EnrolmentRefusal naming what is wrong (never the key itself)
	 */
	public static IdentityResolvingKey parse(String text) {
		if (text == null || text.isBlank()) {
			throw EnrolmentRefusal.invalid("irk-missing");
		}
		return text.contains("[") ? fromInfoFile(text) : fromHex(text);
	}

	private static IdentityResolvingKey fromInfoFile(String text) {
		String key = null;
		boolean inSection = false;
		boolean sectionSeen = false;
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.startsWith("[")) {
				inSection = line.replace(" ", "").toLowerCase(Locale.ROOT).equals(SECTION);
				sectionSeen |= inSection;
			}
			else if (inSection && isKeyLine(line)) {
				if (key != null) {
					throw EnrolmentRefusal.invalid("irk-second-key", String.valueOf(i + 1));
				}
				key = checkedKey(line.substring(line.indexOf('=') + 1).strip(), i + 1);
			}
		}
		if (!sectionSeen) {
			throw EnrolmentRefusal.invalid("irk-no-section");
		}
		if (key == null) {
			throw EnrolmentRefusal.invalid("irk-no-key");
		}
		return new IdentityResolvingKey(HexFormat.of().parseHex(key));
	}

	/** 32 hex digits, with or without {@code 0x}. */
	private static IdentityResolvingKey fromHex(String text) {
		String digits = text.strip().toLowerCase(Locale.ROOT);
		digits = digits.startsWith("0x") ? digits.substring(2) : digits;
		if (!KEY.matcher(digits).matches()) {
			throw EnrolmentRefusal.invalid("irk-hex-invalid", String.valueOf(digits.length()));
		}
		return IdentityResolvingKey.parseHex(digits);
	}

	private static boolean isKeyLine(String line) {
		int equals = line.indexOf('=');
		return equals > 0 && line.substring(0, equals).strip().equalsIgnoreCase("key");
	}

	private static String checkedKey(String value, int line) {
		if (!KEY.matcher(value).matches()) {
			String where = String.valueOf(line);
			String length = String.valueOf(value.length());
			if (value.chars().allMatch((c) -> Character.digit(c, 16) >= 0)) {
				throw EnrolmentRefusal.invalid("irk-key-length", where, length);
			}
			throw EnrolmentRefusal.invalid("irk-key-not-hex", where, length);
		}
		return value;
	}

}
