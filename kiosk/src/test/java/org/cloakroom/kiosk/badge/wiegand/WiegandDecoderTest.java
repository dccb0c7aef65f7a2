package org.cloakroom.kiosk.badge.wiegand;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.badge.wiegand.WiegandSignal.Edge;
import org.cloakroom.kiosk.wiring.WiegandFrame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.edges;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.feed;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.lastFall;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.wiegand26;

/** Edges at exact times in, frames out; time moves only by the edges and ticks given. */
class WiegandDecoderTest {

	static final long US = 1_000;

	static final long MS = 1_000_000;

	static final long TIMEOUT = WiegandTiming.STANDARD.frameTimeout().toNanos();

	private final List<FrameReading> readings = new ArrayList<>();

	private final WiegandDecoder decoder = new WiegandDecoder(WiegandFrame.WIEGAND_26, WiegandTiming.STANDARD,
			this.readings::add);

	/** When the next frame starts: after the last one has ended. */
	private long now;

	@Test
	void endsAFrameOnlyOnceItHasBeenQuietLongerThanTheFrameTimeout() {
		List<Edge> frame = edges(wiegand26(12, 3456), 0, 50 * US, 2 * MS);
		feed(frame, this.decoder);

		this.decoder.tick(lastFall(frame) + TIMEOUT);
		assertThat(this.readings).isEmpty();

		this.decoder.tick(lastFall(frame) + TIMEOUT + 1);
		assertThat(this.readings).containsExactly(card(12, 3456));
	}

	@Test
	void anEdgeAfterTheTimeoutEndsTheFrameBeforeItWithoutATick() {
		List<Edge> first = edges(wiegand26(1, 100), 0, 50 * US, MS);
		List<Edge> second = edges(wiegand26(2, 200), lastFall(first) + TIMEOUT + 1, 50 * US, MS);

		feed(first, this.decoder);
		feed(second, this.decoder);
		this.decoder.tick(lastFall(second) + TIMEOUT + 1);

		assertThat(this.readings).containsExactly(card(1, 100), card(2, 200));
	}

	@Test
	void rejectsBadParityAndDecodesTheNextFrame() {
		sendAndEnd(WiegandLayoutsTest.flip(wiegand26(12, 3456), 25));
		sendAndEnd(wiegand26(12, 3456));

		assertThat(this.readings).containsExactly(
				new FrameReading.Unreadable("odd parity over bits 14-26 of wiegand-26 fails"), card(12, 3456));
	}

	@Test
	void rejectsATruncatedFrameAndOneTooLongAndDecodesTheNext() {
		sendAndEnd(wiegand26(12, 3456).substring(0, 20));
		sendAndEnd(wiegand26(12, 3456) + "0");
		sendAndEnd(wiegand26(12, 3456));

		assertThat(this.readings).containsExactly(
				new FrameReading.Unreadable("a frame of 20 bits where wiegand-26 sends 26"),
				new FrameReading.Unreadable("a frame of 27 bits where wiegand-26 sends 26"), card(12, 3456));
	}

	@Test
	void pulsesOnBothLinesAtOnceAreNoiseAndTheNextFrameDecodes() {
		List<Edge> frame = new ArrayList<>(edges(wiegand26(12, 3456), this.now, 50 * US, MS));
		long middle = frame.get(20).nanos();
		frame.add(21, new Edge(WiegandLine.D1, true, middle + 5 * US));
		frame.add(22, new Edge(WiegandLine.D1, false, middle + 40 * US));
		send(frame);
		sendAndEnd(wiegand26(12, 3456));

		assertThat(this.readings).containsExactly(
				new FrameReading.Unreadable("pulses on D0 and D1 at once (noise) in a frame of 27 bits"),
				card(12, 3456));
	}

	@Test
	void aPulseTooShortForABitIsAGlitchAndTheNextFrameDecodes() {
		List<Edge> frame = new ArrayList<>(edges(wiegand26(12, 3456), this.now, 50 * US, MS));
		long between = frame.get(10).nanos() + 500 * US;
		frame.add(11, new Edge(WiegandLine.D0, true, between));
		frame.add(12, new Edge(WiegandLine.D0, false, between + 3 * US));
		send(frame);
		sendAndEnd(wiegand26(12, 3456));

		assertThat(this.readings).containsExactly(new FrameReading.Unreadable(
				"a pulse of 3 µs on D0, too short for a bit (glitch) in a frame of 27 bits"), card(12, 3456));
	}

	@Test
	void twoPulsesOnOneLineCloserThanABitAreNoise() {
		List<Edge> frame = new ArrayList<>(edges("0".repeat(26), this.now, 20 * US, 60 * US));
		send(frame);

		assertThat(this.readings).singleElement()
			.isEqualTo(new FrameReading.Unreadable("two pulses on D0 60 µs apart (noise) in a frame of 26 bits"));
	}

	@Test
	void edgesLostByTheReadingThreadMakeTheFrameUnreadable() {
		List<Edge> frame = edges(wiegand26(12, 3456), this.now, 50 * US, MS);
		feed(frame, this.decoder);
		this.decoder.lost("edges lost");
		this.decoder.tick(lastFall(frame) + TIMEOUT + 1);

		assertThat(this.readings).containsExactly(new FrameReading.Unreadable("edges lost in a frame of 26 bits"));
	}

	@Test
	void moreThanAnyFrameSendsIsNoise() {
		send(edges("1".repeat(WiegandDecoder.MAX_BITS + 10), this.now, 50 * US, 300 * US));

		assertThat(this.readings)
			.containsExactly(new FrameReading.Unreadable("more than 256 pulses (noise) in a frame of 256 bits"));
	}

	@Test
	void rejectionsNeverCarryTheCardNumber() {
		sendAndEnd(WiegandLayoutsTest.flip(wiegand26(201, 54321), 0));
		sendAndEnd(wiegand26(201, 54321).substring(3));

		assertThat(this.readings)
			.allSatisfy((reading) -> assertThat(reading.toString()).doesNotContain("54321").doesNotContain("201"));
	}

	private void sendAndEnd(String bits) {
		send(edges(bits, this.now, 50 * US, MS));
	}

	private void send(List<Edge> edges) {
		feed(edges, this.decoder);
		this.now = lastFall(edges) + TIMEOUT + 1;
		this.decoder.tick(this.now);
		this.now += 100 * MS;
	}

	static FrameReading card(int facility, int card) {
		return new FrameReading.FacilityCard("wiegand-26", facility, card,
				BigInteger.valueOf((long) facility << 16 | card));
	}

}
