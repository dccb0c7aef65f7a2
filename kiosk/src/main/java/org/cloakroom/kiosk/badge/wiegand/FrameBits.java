package org.cloakroom.kiosk.badge.wiegand;

import java.math.BigInteger;
import java.util.BitSet;

/** The bits of one Wiegand frame in the order they came: bit 0 is the first sent. */
final class FrameBits {

	private final BitSet bits;

	private final int length;

	FrameBits(BitSet bits, int length) {
		this.bits = (BitSet) bits.clone();
		this.length = length;
	}

	/** From text such as {@code "0110"}, first bit first. */
	static FrameBits of(CharSequence text) {
		BitSet bits = new BitSet(text.length());
		for (int i = 0; i < text.length(); i++) {
			bits.set(i, text.charAt(i) == '1');
		}
		return new FrameBits(bits, text.length());
	}

	/** "1 bit", "26 bits": for reasons a person reads. */
	static String count(int bits) {
		return bits + ((bits == 1) ? " bit" : " bits");
	}

	int length() {
		return this.length;
	}

	/**
	 * How many of the bits {@code from} (inclusive) to {@code to} (exclusive) are ones.
	 */
	int ones(int from, int to) {
		return this.bits.get(from, to).cardinality();
	}

	/**
	 * Bits {@code from} to {@code to} (exclusive) as an unsigned number, first bit
	 * highest.
	 */
	BigInteger value(int from, int to) {
		BigInteger value = BigInteger.ZERO;
		for (int i = from; i < to; i++) {
			value = this.bits.get(i) ? value.shiftLeft(1).setBit(0) : value.shiftLeft(1);
		}
		return value;
	}

}
