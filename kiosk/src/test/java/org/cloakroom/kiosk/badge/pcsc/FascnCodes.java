package org.cloakroom.kiosk.badge.pcsc;

/**
 * Writes a FASC-N as a PIV card holds it (TIG SCEPACS: 5 bits a character, least
 * significant first, odd parity), for the test cards.
 */
final class FascnCodes {

	static final int START = 11;

	static final int SEPARATOR = 13;

	static final int END = 15;

	private FascnCodes() {
	}

	/**
	 * A FASC-N with these codes; the other fields fixed (person identifier 1234567890).
	 */
	static byte[] encode(String agency, String system, String credential) {
		String fields = "S" + agency + "F" + system + "F" + credential + "F1F1F" + "1234567890" + "1" + "1223" + "2"
				+ "E";
		int[] characters = new int[40];
		int check = 0;
		for (int i = 0; i < 39; i++) {
			char c = fields.charAt(i);
			characters[i] = switch (c) {
				case 'S' -> START;
				case 'F' -> SEPARATOR;
				case 'E' -> END;
				default -> c - '0';
			};
			check ^= characters[i];
		}
		characters[39] = check;
		return pack(characters);
	}

	/**
	 * Packs 4-bit characters with their parity bits, most significant bit of a byte
	 * first.
	 */
	static byte[] pack(int[] characters) {
		byte[] bytes = new byte[characters.length * 5 / 8];
		int position = 0;
		for (int character : characters) {
			int parity = (Integer.bitCount(character) % 2 == 0) ? 1 : 0;
			int bits = character | (parity << 4);
			for (int bit = 0; bit < 5; bit++, position++) {
				if (((bits >>> bit) & 1) != 0) {
					bytes[position / 8] |= (byte) (0x80 >>> (position % 8));
				}
			}
		}
		return bytes;
	}

}
