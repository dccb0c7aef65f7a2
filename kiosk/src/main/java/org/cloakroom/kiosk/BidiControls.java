package org.cloakroom.kiosk;

import java.util.Optional;

/**
 * Refuses Unicode's bidirectional control characters in names and labels: a right-to-left
 * override (U+202E) and its kin reorder how text is shown, so a name could read one way
 * on the kiosk and in the log and be another. Every module checks what people type
 * through this one class.
 */
public final class BidiControls {

	private BidiControls() {
	}

	/**
	 * @throws Refused naming the field, the character and its position (from 1) when the
	 * value holds one
	 */
	public static String refuse(String field, String value) {
		int offset = firstControl(value);
		if (offset >= 0) {
			throw new Refused(field, value, offset);
		}
		return value;
	}

	private static int firstControl(String value) {
		if (value != null) {
			for (int offset = 0; offset < value.length(); offset = value.offsetByCodePoints(offset, 1)) {
				if (isControl(value.codePointAt(offset))) {
					return offset;
				}
			}
		}
		return -1;
	}

	/**
	 * A name or label with a bidirectional control character: bad input, in the words of
	 * {@code refusal.bidi-control} (field, character, its name, position).
	 */
	public static final class Refused extends Refusal {

		Refused(String field, String value, int offset) {
			super(Kind.INVALID, "bidi-control", field, String.format("U+%04X", value.codePointAt(offset)),
					Character.getName(value.codePointAt(offset)), value.codePointCount(0, offset) + 1);
		}

	}

	/**
	 * Why the value is refused, naming the field, the character and its position (from
	 * 1), or empty when it holds none.
	 */
	public static Optional<String> problem(String field, String value) {
		int offset = firstControl(value);
		if (offset < 0) {
			return Optional.empty();
		}
		return Optional.of(new Refused(field, value, offset).getMessage());
	}

	static boolean isControl(int character) {
		return (character >= 0x202A && character <= 0x202E) || (character >= 0x2066 && character <= 0x2069)
				|| character == 0x200E || character == 0x200F || character == 0x061C;
	}

}
