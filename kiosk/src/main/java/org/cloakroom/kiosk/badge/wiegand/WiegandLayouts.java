package org.cloakroom.kiosk.badge.wiegand;

import org.cloakroom.kiosk.wiring.WiegandFrame;

/**
 * Reads a frame's bits as the configured {@link WiegandFrame}: HID H10301 (26 bits: even
 * parity over bits 1–13, 8-bit facility code, 16-bit card number, odd parity over bits
 * 14–26), the 34-bit frame (the same with a 16-bit facility code, parity over 17 bits
 * each), or raw bits.
 */
final class WiegandLayouts {

	/**
	 * Raw frames shorter than this are refused: a lone bit is a spike on the wire, and 4-
	 * and 8-bit frames are a keypad's keys, not a card.
	 */
	static final int RAW_MIN_BITS = 16;

	private WiegandLayouts() {
	}

	static FrameReading read(WiegandFrame frame, FrameBits bits) {
		return switch (frame) {
			case WIEGAND_26 -> facilityCard(bits, 26, 8);
			case WIEGAND_34 -> facilityCard(bits, 34, 16);
			case RAW -> raw(bits);
		};
	}

	private static FrameReading facilityCard(FrameBits bits, int length, int facilityBits) {
		if (bits.length() != length) {
			return new FrameReading.Unreadable(
					"a frame of " + FrameBits.count(bits.length()) + " where wiegand-" + length + " sends " + length);
		}
		int half = length / 2;
		if (bits.ones(0, half) % 2 != 0) {
			return new FrameReading.Unreadable("even parity over bits 1-" + half + " of wiegand-" + length + " fails");
		}
		if (bits.ones(half, length) % 2 != 1) {
			return new FrameReading.Unreadable(
					"odd parity over bits " + (half + 1) + "-" + length + " of wiegand-" + length + " fails");
		}
		int card = 1 + facilityBits;
		return new FrameReading.FacilityCard("wiegand-" + length, bits.value(1, card).longValueExact(),
				bits.value(card, length - 1).longValueExact(), bits.value(1, length - 1));
	}

	private static FrameReading raw(FrameBits bits) {
		if (bits.length() < RAW_MIN_BITS) {
			return new FrameReading.Unreadable("a raw frame of " + FrameBits.count(bits.length()) + ", fewer than the "
					+ RAW_MIN_BITS + " a card sends (a spike, or a keypad's key)");
		}
		return new FrameReading.RawNumber("wiegand-raw-" + bits.length(), bits.value(0, bits.length()));
	}

}
