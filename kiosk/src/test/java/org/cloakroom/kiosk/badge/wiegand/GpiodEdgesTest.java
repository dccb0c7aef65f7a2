package org.cloakroom.kiosk.badge.wiegand;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

import org.cloakroom.kiosk.wiring.WiegandFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.wiegand26;

/**
 * The gpiod edge thread against {@link QueuedLines} (the kernel's queues): edges of both
 * lines handed on in time order with the kernel's stamps, a full queue, stamps as 32-bit
 * Raspberry Pi OS gives them, and lines that cannot be had. The end of a frame follows
 * the test's own nanoTime, which it moves by hand.
 */
class GpiodEdgesTest {

	private static final long MS = 1_000_000;

	private final AtomicLong nanoTime = new AtomicLong(7 * MS);

	private final List<FrameReading> readings = new CopyOnWriteArrayList<>();

	private final List<String> falls = new CopyOnWriteArrayList<>();

	private final QueuedLines lines = new QueuedLines();

	private GpiodEdges edges;

	@AfterEach
	void close() {
		this.edges.close();
	}

	@Test
	void handsOnTheEdgesOfBothLinesInTimeOrderWithTheKernelsStamps() {
		start(() -> this.lines);
		queueAsTheKernelWould(wiegand26(123, 45678), (i) -> 5_000 * MS + i * MS);

		endFrame();

		assertThat(this.readings).containsExactly(
				new FrameReading.FacilityCard("wiegand-26", 123, 45678, BigInteger.valueOf(123L << 16 | 45678)));
		String bits = wiegand26(123, 45678);
		assertThat(this.falls).containsExactlyElementsOf(IntStream.range(0, 26)
			.mapToObj((i) -> ((bits.charAt(i) == '1') ? "D1@" : "D0@") + (5_000 * MS + i * MS))
			.toList());
	}

	@Test
	void aFullKernelQueueMakesTheFrameARejectedReadNeverANumber() {
		// 16 zeros in a row on D0: the kernel's queue for D0 is full when the thread
		// comes
		this.lines.frame(wiegand26(0, 0x0003), (i) -> 9_000 * MS + i * MS);
		start(() -> this.lines);

		endFrame();

		assertThat(this.readings).containsExactly(new FrameReading.Unreadable(
				"edges lost: the reader's thread fell behind the kernel's 16-edge queue on D0 in a frame of 26 bits"));
	}

	/**
	 * armhf's stamps: the seconds multiplied as a 32-bit number, wrapping every 4.3 s.
	 */
	@Test
	void decodesStampsThatWrapAsOn32BitRaspberryPiOs() {
		// from 1.99 s to 2.02 s: 2 s × 10^9 no longer fits in 32 bits and wraps to -2.29
		// s
		long start = 3_000 * MS - 10 * MS;
		start(() -> this.lines);
		queueAsTheKernelWould(wiegand26(77, 4321), (i) -> armhf(start + i * MS));

		endFrame();

		assertThat(this.readings).containsExactly(
				new FrameReading.FacilityCard("wiegand-26", 77, 4321, BigInteger.valueOf(77L << 16 | 4321)));
	}

	@Test
	void saysWhyTheLinesCannotBeHadAndTriesAgainUntilTheyCan() {
		AtomicInteger attempts = new AtomicInteger();
		start(() -> {
			if (attempts.incrementAndGet() < 3) {
				throw new IllegalStateException("cannot request BCM 5 (D0) for its edges: Device or resource busy");
			}
			return this.lines;
		});

		await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 3 && this.edges.problem().isEmpty());
		assertThat(attempts.get()).isEqualTo(3);

		this.edges.close();
		assertThat(this.lines.closed).isTrue();
	}

	@Test
	void reportsTheProblemWhileTheLinesCannotBeHad() {
		start(() -> {
			throw new IllegalStateException("cannot request BCM 5 (D0) for its edges: Device or resource busy");
		});

		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.edges.problem()
				.filter((problem) -> problem.equals("cannot request BCM 5 (D0) for its edges: Device or resource busy"))
				.isPresent());
	}

	private void start(EventLines.Opener opener) {
		WiegandDecoder decoder = new WiegandDecoder(WiegandFrame.WIEGAND_26, WiegandTiming.STANDARD,
				this.readings::add);
		this.edges = new GpiodEdges("front-door", opener, Duration.ofMillis(10), this.nanoTime::get);
		this.edges.start(new Edges() {

			@Override
			public void falling(WiegandLine line, long nanos) {
				GpiodEdgesTest.this.falls.add(line + "@" + nanos);
				decoder.falling(line, nanos);
			}

			@Override
			public void rising(WiegandLine line, long nanos) {
				decoder.rising(line, nanos);
			}

			@Override
			public void tick(long nanos) {
				decoder.tick(nanos);
			}

			@Override
			public void lost(String why) {
				decoder.lost(why);
			}

		});
	}

	/**
	 * Queues the frame a few bits at a time, each batch once the thread has read the one
	 * before, as edges reach the kernel's queue while the thread keeps up.
	 */
	private void queueAsTheKernelWould(String bits, IntToLongFunction stamp) {
		for (int from = 0; from < bits.length(); from += 8) {
			int to = Math.min(from + 8, bits.length());
			for (int i = from; i < to; i++) {
				this.lines.fall((bits.charAt(i) == '1') ? WiegandLine.D1 : WiegandLine.D0, stamp.applyAsLong(i));
			}
			await().atMost(Duration.ofSeconds(5)).until(() -> this.falls.size() == to);
		}
	}

	/**
	 * Once the thread has read every queued edge, lets the frame timeout pass on its
	 * clock.
	 */
	private void endFrame() {
		await().atMost(Duration.ofSeconds(5)).until(() -> this.falls.size() == 26);
		this.nanoTime.addAndGet(WiegandTiming.STANDARD.frameTimeout().toNanos() + 1);
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.readings.isEmpty());
	}

	/** What Pi4J's native code returns on armhf: tv_sec * 1e9 computed in 32 bits. */
	static long armhf(long nanos) {
		long seconds = nanos / 1_000_000_000L;
		return (int) (seconds * 1_000_000_000L) + nanos % 1_000_000_000L;
	}

}
