package org.cloakroom.kiosk.badge.wiegand;

import java.math.BigInteger;

import org.cloakroom.kiosk.wiring.WiegandFrame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.wiegand26;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.wiegand34;

class WiegandLayoutsTest {

	@Test
	void readsAnH10301FrameAsFacilityCodeAndCardNumber() {
		FrameReading reading = WiegandLayouts.read(WiegandFrame.WIEGAND_26, FrameBits.of(wiegand26(123, 45678)));

		assertThat(reading)
			.isEqualTo(new FrameReading.FacilityCard("wiegand-26", 123, 45678, BigInteger.valueOf(123L << 16 | 45678)));
	}

	@Test
	void anAllZeroH10301CardHasEvenParityZeroAndOddParityOne() {
		String bits = "0" + "0".repeat(24) + "1";

		assertThat(wiegand26(0, 0)).isEqualTo(bits);
		assertThat(WiegandLayouts.read(WiegandFrame.WIEGAND_26, FrameBits.of(bits)))
			.isEqualTo(new FrameReading.FacilityCard("wiegand-26", 0, 0, BigInteger.ZERO));
	}

	@Test
	void readsA34BitFrameWithItsSixteenBitFacilityCode() {
		FrameReading reading = WiegandLayouts.read(WiegandFrame.WIEGAND_34, FrameBits.of(wiegand34(65535, 1)));

		assertThat(reading)
			.isEqualTo(new FrameReading.FacilityCard("wiegand-34", 65535, 1, BigInteger.valueOf(65535L << 16 | 1)));
	}

	@Test
	void refusesEachParityBitWrongNamingWhichWithoutTheNumber() {
		String good = wiegand26(123, 45678);
		String badEven = flip(good, 0);
		String badOdd = flip(good, 25);

		assertThat(WiegandLayouts.read(WiegandFrame.WIEGAND_26, FrameBits.of(badEven)))
			.isEqualTo(new FrameReading.Unreadable("even parity over bits 1-13 of wiegand-26 fails"));
		assertThat(WiegandLayouts.read(WiegandFrame.WIEGAND_26, FrameBits.of(badOdd)))
			.isEqualTo(new FrameReading.Unreadable("odd parity over bits 14-26 of wiegand-26 fails"));
		assertThat(WiegandLayouts.read(WiegandFrame.WIEGAND_34, FrameBits.of(flip(wiegand34(7, 9), 20))))
			.isEqualTo(new FrameReading.Unreadable("odd parity over bits 18-34 of wiegand-34 fails"));
	}

	@Test
	void refusesAFrameOfTheWrongLength() {
		String good = wiegand26(1, 2);

		assertThat(WiegandLayouts.read(WiegandFrame.WIEGAND_26, FrameBits.of(good.substring(1))))
			.isEqualTo(new FrameReading.Unreadable("a frame of 25 bits where wiegand-26 sends 26"));
		assertThat(WiegandLayouts.read(WiegandFrame.WIEGAND_34, FrameBits.of(good)))
			.isEqualTo(new FrameReading.Unreadable("a frame of 26 bits where wiegand-34 sends 34"));
	}

	@Test
	void readsRawFramesOfAnyCardLengthAsOneNumberWithoutParity() {
		String bits = "1" + "0".repeat(35) + "1";

		assertThat(WiegandLayouts.read(WiegandFrame.RAW, FrameBits.of(bits)))
			.isEqualTo(new FrameReading.RawNumber("wiegand-raw-37", BigInteger.ONE.shiftLeft(36).add(BigInteger.ONE)));
		assertThat(WiegandLayouts.read(WiegandFrame.RAW, FrameBits.of(wiegand26(123, 45678))))
			.isEqualTo(new FrameReading.RawNumber("wiegand-raw-26", new BigInteger(wiegand26(123, 45678), 2)));
	}

	@Test
	void refusesRawFramesShorterThanACardAsASpikeOrAKeypadKey() {
		assertThat(WiegandLayouts.read(WiegandFrame.RAW, FrameBits.of("1")))
			.isInstanceOf(FrameReading.Unreadable.class);
		assertThat(WiegandLayouts.read(WiegandFrame.RAW, FrameBits.of("01011010")))
			.isEqualTo(new FrameReading.Unreadable(
					"a raw frame of 8 bits, fewer than the 16 a card sends (a spike, or a keypad's key)"));
	}

	static String flip(String bits, int index) {
		char[] chars = bits.toCharArray();
		chars[index] = (chars[index] == '1') ? '0' : '1';
		return new String(chars);
	}

}
