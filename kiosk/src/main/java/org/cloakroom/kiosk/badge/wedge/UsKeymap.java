package org.cloakroom.kiosk.badge.wedge;

import java.util.Map;

/**
 * The keys a keyboard-wedge reader types a card number with, as the US keymap has them
 * (Linux key codes from input-event-codes.h): digits on the main row and the keypad, A to
 * F for hexadecimal, shift, and Enter at the end.
 */
final class UsKeymap {

	static final int KEY_ENTER = 28;

	static final int KEY_KPENTER = 96;

	static final int KEY_LEFTSHIFT = 42;

	static final int KEY_RIGHTSHIFT = 54;

	private static final Map<Integer, Character> KEYS = Map.ofEntries(Map.entry(2, '1'), Map.entry(3, '2'),
			Map.entry(4, '3'), Map.entry(5, '4'), Map.entry(6, '5'), Map.entry(7, '6'), Map.entry(8, '7'),
			Map.entry(9, '8'), Map.entry(10, '9'), Map.entry(11, '0'), Map.entry(79, '1'), Map.entry(80, '2'),
			Map.entry(81, '3'), Map.entry(75, '4'), Map.entry(76, '5'), Map.entry(77, '6'), Map.entry(71, '7'),
			Map.entry(72, '8'), Map.entry(73, '9'), Map.entry(82, '0'), Map.entry(30, 'a'), Map.entry(48, 'b'),
			Map.entry(46, 'c'), Map.entry(32, 'd'), Map.entry(18, 'e'), Map.entry(33, 'f'));

	/** The key code of a character ({@code 0-9}, {@code a-f}), for tests that type. */
	static int codeOf(char character) {
		char lower = Character.toLowerCase(character);
		return KEYS.entrySet()
			.stream()
			.filter((key) -> key.getValue() == lower)
			.mapToInt(Map.Entry::getKey)
			.min()
			.orElseThrow(() -> new IllegalArgumentException("no key for '" + character + "'"));
	}

	private UsKeymap() {
	}

	/** The character of a key, upper case with shift; 0 for a key outside the keymap. */
	static char character(int code, boolean shift) {
		Character character = KEYS.get(code);
		if (character == null) {
			return 0;
		}
		return shift ? Character.toUpperCase(character) : character;
	}

	static boolean isShift(int code) {
		return code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT;
	}

	static boolean isEnter(int code) {
		return code == KEY_ENTER || code == KEY_KPENTER;
	}

}
