package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The violation rules' worst case: every operation is a zone change of one of 200
 * enrolled phones that must be stored, walking AWAY → NEAR → AT_DOOR → INSIDE → AT_DOOR →
 * NEAR and round again, so a quarter of the moves hold a rule (an episode starts or
 * continues) and the others calm one; the quiet episodes end on the clock's check every
 * 200 ms. {@code PipelineBenchmark} sees about one zone change per 100,000 advertisements;
 * this bounds the rules' cost if every advertisement were one.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="ViolationRulesBenchmark"};
 * per CPU-second on a shared machine:
 * {@code java -cp <test class path> org.cloakroom.kiosk.violation.ViolationRulesBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ViolationRulesBenchmark {

	private static final int PHONES = 200;

	private static final Zone[] WALK = { Zone.AWAY, Zone.NEAR, Zone.AT_DOOR, Zone.INSIDE, Zone.AT_DOOR, Zone.NEAR };

	private static final long MILLIS_PER_MOVE = 5;

	private RulesOnThePipeline rules;

	private int[] step;

	private int next;

	private long millis;

	private long nextCheck;

	private final Instant start = Instant.parse("2026-11-22T09:00:00Z");

	@Setup(Level.Trial)
	public void setUp() {
		this.rules = new RulesOnThePipeline();
		this.step = new int[PHONES];
	}

	@Benchmark
	public void move() {
		int phone = this.next;
		this.next = (phone + 1 == PHONES) ? 0 : phone + 1;
		Zone from = WALK[this.step[phone]];
		this.step[phone] = (this.step[phone] + 1) % WALK.length;
		this.millis += MILLIS_PER_MOVE;
		Instant now = this.start.plusMillis(this.millis);
		this.rules.publishEvent(new PhoneZoneChanged(phone, from, WALK[this.step[phone]], -70, 1.0, now));
		if (this.millis >= this.nextCheck) {
			this.nextCheck += 200;
			this.rules.check(now);
		}
	}

	/** Ten rounds of a million moves; prints nanoseconds per move of CPU time. */
	public static void main(String[] args) {
		ViolationRulesBenchmark benchmark = new ViolationRulesBenchmark();
		benchmark.setUp();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 10; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < 1_000_000; i++) {
				benchmark.move();
			}
			double nanos = (threads.getCurrentThreadCpuTime() - start) / 1e6;
			System.out.printf("round %2d: %,.0f ns of CPU per move%n", round, nanos);
		}
		System.out.println("violation rules: " + benchmark.rules.tally());
	}

}
