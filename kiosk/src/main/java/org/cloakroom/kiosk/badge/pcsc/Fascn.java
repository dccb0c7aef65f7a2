package org.cloakroom.kiosk.badge.pcsc;

/**
 * A PIV card's FASC-N (Federal Agency Smart Credential Number, TIG SCEPACS): 40
 * characters of four bits and an odd parity bit each, least significant bit first, in 25
 * bytes: start sentinel, agency code (4 digits), system code (4), credential number (6),
 * credential series, individual credential issue, person identifier (10), organisational
 * category, organisational identifier (4), person/organisation association, end sentinel,
 * longitudinal redundancy check; separators between the first six fields.
 *
 * @param agencyCode 4 digits
 * @param systemCode 4 digits
 * @param credentialNumber 6 digits
 */
record Fascn(String agencyCode, String systemCode, String credentialNumber) {

	static final int LENGTH = 25;

	private static final int CHARACTERS = 40;

	private static final int START = 11;

	private static final int SEPARATOR = 13;

	private static final int END = 15;

	/** Separators follow these character positions' fields: after agency, system, ... */
	private static final int[] SEPARATORS = { 5, 10, 17, 19, 21 };

	private static final String PLACEHOLDER = "9999";

	/**
	 * @throws IllegalArgumentException naming the character where the bytes are not a
	 * FASC-N (length, parity, sentinel, separator or check)
	 */
	static Fascn decode(byte[] bytes) {
		if (bytes.length != LENGTH) {
			throw new IllegalArgumentException("a FASC-N has 25 bytes, not " + bytes.length);
		}
		int[] characters = new int[CHARACTERS];
		int check = 0;
		for (int i = 0; i < CHARACTERS; i++) {
			characters[i] = character(bytes, i);
			if (i < CHARACTERS - 1) {
				check ^= characters[i];
			}
		}
		expect(characters, 0, START, "the start sentinel");
		for (int separator : SEPARATORS) {
			expect(characters, separator, SEPARATOR, "a field separator");
		}
		expect(characters, CHARACTERS - 2, END, "the end sentinel");
		expect(characters, CHARACTERS - 1, check, "the check character");
		return new Fascn(digits(characters, 1, 4), digits(characters, 6, 4), digits(characters, 11, 6));
	}

	/**
	 * Whether it is the all-nines FASC-N of a PIV-I card (not issued by a federal
	 * agency), which names no one: such a card is known by its UUID.
	 */
	boolean placeholder() {
		return PLACEHOLDER.equals(this.agencyCode);
	}

	/** Agency code, system code and credential number: 14 digits ("FASC-N 14"). */
	String badgeId() {
		return this.agencyCode + this.systemCode + this.credentialNumber;
	}

	private static int character(byte[] bytes, int index) {
		int value = 0;
		int ones = 0;
		for (int bit = 0; bit < 5; bit++) {
			int position = index * 5 + bit;
			int set = (bytes[position / 8] >>> (7 - position % 8)) & 1;
			ones += set;
			if (bit < 4) {
				value |= set << bit;
			}
		}
		if (ones % 2 == 0) {
			throw new IllegalArgumentException("FASC-N character " + index + " fails its parity bit");
		}
		return value;
	}

	private static void expect(int[] characters, int index, int expected, String what) {
		if (characters[index] != expected) {
			throw new IllegalArgumentException("FASC-N character " + index + " is not " + what);
		}
	}

	private static String digits(int[] characters, int from, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = from; i < from + count; i++) {
			if (characters[i] > 9) {
				throw new IllegalArgumentException("FASC-N character " + i + " is not a digit");
			}
			digits.append(characters[i]);
		}
		return digits.toString();
	}

}
