package org.cloakroom.kiosk.badge.wiegand;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.WiegandFrame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One Wiegand frame from its edges to a badge read: 26 or 34 pulses (falling and rising
 * edge, 50 µs wide, 1 ms apart) into the decoder, the tick that ends the frame, the layout
 * with its parity checks, and the badge id written in the facility-card format.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="WiegandDecodeBenchmark"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WiegandDecodeBenchmark {

	private static final long FRAME_GAP = 100_000_000L;

	@Param({ "WIEGAND_26", "WIEGAND_34" })
	public WiegandFrame frame;

	private WiegandLine[] lines;

	private long[] falls;

	private long lastFall;

	private WiegandDecoder decoder;

	private long start;

	private Blackhole blackhole;

	@Setup
	public void setUp(Blackhole blackhole) {
		this.blackhole = blackhole;
		String bits = (this.frame == WiegandFrame.WIEGAND_26) ? WiegandSignal.wiegand26(123, 45678)
				: WiegandSignal.wiegand34(40000, 1234);
		this.lines = new WiegandLine[bits.length()];
		this.falls = new long[bits.length()];
		for (int i = 0; i < bits.length(); i++) {
			this.lines[i] = (bits.charAt(i) == '1') ? WiegandLine.D1 : WiegandLine.D0;
			this.falls[i] = i * 1_000_000L;
		}
		this.lastFall = this.falls[bits.length() - 1];
		Instant at = Instant.parse("2026-12-07T08:00:00Z");
		BadgeReadSink sink = new BadgeReadSink() {

			@Override
			public void read(BadgeRead read) {
				WiegandDecodeBenchmark.this.blackhole.consume(read);
			}

			@Override
			public void rejected(String reader, String reason) {
				throw new IllegalStateException(reason);
			}

		};
		this.decoder = new WiegandDecoder(this.frame, WiegandTiming.STANDARD,
				(reading) -> reading.handTo(sink, "front-door", BadgeFormat.FACILITY_CARD, at));
	}

	@Benchmark
	public void edgesToBadgeRead() {
		long base = this.start;
		for (int i = 0; i < this.falls.length; i++) {
			this.decoder.falling(this.lines[i], base + this.falls[i]);
			this.decoder.rising(this.lines[i], base + this.falls[i] + 50_000);
		}
		this.decoder.tick(base + this.lastFall + WiegandTiming.STANDARD.frameTimeout().toNanos() + 1);
		this.start = base + FRAME_GAP;
	}

}
