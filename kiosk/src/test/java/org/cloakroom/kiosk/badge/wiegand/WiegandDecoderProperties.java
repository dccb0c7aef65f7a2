package org.cloakroom.kiosk.badge.wiegand;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.cloakroom.kiosk.badge.wiegand.WiegandSignal.Edge;
import org.cloakroom.kiosk.wiring.WiegandFrame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.edges;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.feed;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.lastFall;

/**
 * Any card at any timing a reader may use (pulses of 20–100 µs, 0.2–2.5 ms from one to
 * the next, each bit its own) decodes to itself; a frame with a bit changed or missing
 * never decodes to a number.
 */
class WiegandDecoderProperties {

	@Property(tries = 500)
	void any26BitCardAtAnyRealTimingDecodesToItself(@ForAll @IntRange(max = 255) int facility,
			@ForAll @IntRange(max = 65535) int card, @ForAll("timings") @Size(26) List<long[]> timing,
			@ForAll @LongRange(min = 0, max = 1L << 40) long start) {
		List<FrameReading> readings = decode(WiegandFrame.WIEGAND_26, WiegandSignal.wiegand26(facility, card), timing,
				start);

		assertThat(readings).singleElement().isInstanceOfSatisfying(FrameReading.FacilityCard.class, (read) -> {
			assertThat(read.facility()).isEqualTo(facility);
			assertThat(read.card()).isEqualTo(card);
		});
	}

	@Property(tries = 500)
	void any34BitCardAtAnyRealTimingDecodesToItself(@ForAll @IntRange(max = 65535) int facility,
			@ForAll @IntRange(max = 65535) int card, @ForAll("timings") @Size(34) List<long[]> timing,
			@ForAll @LongRange(min = 0, max = 1L << 40) long start) {
		List<FrameReading> readings = decode(WiegandFrame.WIEGAND_34, WiegandSignal.wiegand34(facility, card), timing,
				start);

		assertThat(readings).singleElement().isInstanceOfSatisfying(FrameReading.FacilityCard.class, (read) -> {
			assertThat(read.facility()).isEqualTo(facility);
			assertThat(read.card()).isEqualTo(card);
		});
	}

	@Property(tries = 500)
	void aFrameWithOneBitChangedOrMissingIsNeverACard(@ForAll @IntRange(max = 255) int facility,
			@ForAll @IntRange(max = 65535) int card, @ForAll @IntRange(max = 25) int bit, @ForAll boolean drop) {
		String good = WiegandSignal.wiegand26(facility, card);
		String bad = drop ? good.substring(0, bit) + good.substring(bit + 1) : WiegandLayoutsTest.flip(good, bit);
		List<long[]> timing = new ArrayList<>();
		bad.chars().forEach((c) -> timing.add(new long[] { 50_000, 1_000_000 }));

		assertThat(decode(WiegandFrame.WIEGAND_26, bad, timing, 0)).singleElement()
			.isInstanceOf(FrameReading.Unreadable.class);
	}

	/** Per bit: its pulse width and the spacing to the next bit, in ns. */
	@Provide
	Arbitrary<List<long[]>> timings() {
		Arbitrary<long[]> bit = Arbitraries.longs()
			.between(20_000, 100_000)
			.flatMap((width) -> Arbitraries.longs()
				.between(200_000, 2_500_000)
				.map((spacing) -> new long[] { width, spacing }));
		return bit.list();
	}

	private static List<FrameReading> decode(WiegandFrame frame, String bits, List<long[]> timing, long start) {
		List<FrameReading> readings = new ArrayList<>();
		WiegandDecoder decoder = new WiegandDecoder(frame, WiegandTiming.STANDARD, readings::add);
		List<Edge> edges = edges(bits, start, (i) -> timing.get(i)[0], (i) -> timing.get(i)[1]);
		feed(edges, decoder);
		decoder.tick(lastFall(edges) + WiegandTiming.STANDARD.frameTimeout().toNanos() + 1);
		return readings;
	}

}
