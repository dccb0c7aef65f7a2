package org.cloakroom.kiosk.badge.pcsc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Just enough BER-TLV to open a PIV data object (tag 53 around the certificate) and the
 * one part of a certificate the JDK hands over still encoded: a SAN otherName's value.
 * Tags of up to three bytes, definite lengths of up to three bytes.
 *
 * @param tag the tag's bytes as one number ({@code 0x53}, {@code 0x5FC101})
 * @param value the value's bytes
 */
record BerTlv(int tag, byte[] value) {

	BerTlv {
		value = value.clone();
	}

	@Override
	public byte[] value() {
		return this.value.clone();
	}

	/**
	 * Every TLV laid end to end in {@code bytes}.
	 * @param what what the bytes are, for the message
	 * @throws IllegalArgumentException naming {@code what} and the byte offset where the
	 * encoding breaks
	 */
	static List<BerTlv> all(byte[] bytes, String what) {
		List<BerTlv> all = new ArrayList<>();
		int at = 0;
		while (at < bytes.length) {
			int start = at;
			int tag = bytes[at++] & 0xFF;
			if ((tag & 0x1F) == 0x1F) {
				do {
					require(at < bytes.length && ((tag >>> 16) == 0), what, start, "a tag that does not end");
					tag = (tag << 8) | (bytes[at] & 0xFF);
				}
				while ((bytes[at++] & 0x80) != 0);
			}
			require(at < bytes.length, what, at, "no length");
			int length = bytes[at++] & 0xFF;
			if (length > 0x80) {
				int count = length - 0x80;
				require(count <= 3 && at + count <= bytes.length, what, at - 1, "a length it cannot read");
				length = 0;
				for (int i = 0; i < count; i++) {
					length = (length << 8) | (bytes[at++] & 0xFF);
				}
			}
			else {
				require(length < 0x80, what, at - 1, "an indefinite length");
			}
			require(length <= bytes.length - at, what, start, "a value longer than what is left");
			all.add(new BerTlv(tag, Arrays.copyOfRange(bytes, at, at + length)));
			at += length;
		}
		return all;
	}

	/**
	 * The first TLV with {@code tag} in {@code bytes}.
	 * @throws IllegalArgumentException when there is none
	 */
	static BerTlv first(byte[] bytes, int tag, String what) {
		return all(bytes, what).stream()
			.filter((tlv) -> tlv.tag == tag)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(what + " has no tag " + Integer.toHexString(tag)));
	}

	private static void require(boolean holds, String what, int offset, String problem) {
		if (!holds) {
			throw new IllegalArgumentException(what + " has " + problem + " at byte " + offset);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BerTlv tlv && tlv.tag == this.tag && Arrays.equals(tlv.value, this.value);
	}

	@Override
	public int hashCode() {
		return 31 * this.tag + Arrays.hashCode(this.value);
	}

	@Override
	public String toString() {
		return Integer.toHexString(this.tag) + ":" + HexFormat.of().formatHex(this.value);
	}

}
