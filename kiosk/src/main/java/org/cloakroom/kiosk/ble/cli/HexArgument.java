package org.cloakroom.kiosk.ble.cli;

import java.io.ByteArrayOutputStream;

/**
 * Hex as people paste it: {@code 0201060aff4c00}, {@code 02 01 06}, {@code 02:01:06},
 * with or without a leading {@code 0x}. A bad character is named with its position
 * (counted from 1) so that a long paste can be fixed.
 */
final class HexArgument {

	private HexArgument() {
	}

	static byte[] parse(String text) {
		String digits = text.strip();
		int skip = (digits.startsWith("0x") || digits.startsWith("0X")) ? 2 : 0;
		int start = text.indexOf(digits) + skip;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 2);
		int high = -1;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == ':' || c == '\t' || c == '-') {
				continue;
			}
			int value = Character.digit(c, 16);
			if (value < 0) {
				throw new IllegalArgumentException(
						"not hex: '" + c + "' at position " + (i + 1) + " (want digits 0-9 a-f, spaces or colons)");
			}
			if (high < 0) {
				high = value;
			}
			else {
				bytes.write((high << 4) | value);
				high = -1;
			}
		}
		if (high >= 0) {
			throw new IllegalArgumentException("odd number of hex digits: the last byte has only one digit");
		}
		if (bytes.size() == 0) {
			throw new IllegalArgumentException("no hex digits given");
		}
		return bytes.toByteArray();
	}

}
