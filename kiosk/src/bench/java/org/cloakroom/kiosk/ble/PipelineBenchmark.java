package org.cloakroom.kiosk.ble;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.identity.Ah;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.violation.RulesOnThePipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline (decode → identity → filter → zone) through
 * {@link BlePipeline#accept}, one thread, steady state: 1,000 enrolled IRKs, 500 devices
 * in range (200 enrolled phones sending resolvable private addresses, 150 unenrolled
 * iPhones, 50 unenrolled Android phones, 50 AirPods, 50 iBeacon badges), all heard by
 * the door and inside adapters, 5,000 packets per second of simulated time, and a clock
 * step every 200 ms of it as the scanner does. Calibration is in the path (issue 14): both
 * adapters have offsets and every enrolled identity a spot level on each, so each of an
 * enrolled phone's packets is read against its spot level, kept in its history, and
 * placed by comparing the door with the inside. Each operation is one advertisement, made
 * as a backend makes it (a fresh {@link Advertisement} of raw bytes).
 * <p>
 * With {@code rules=true} the pipeline's events go to the violation rules (issue 12) as
 * the application's listener runs them, their tables and evidence answered from memory;
 * with {@code false} to no one.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="PipelineBenchmark -f 1 -wi 3 -i 5"}
 * <p>
 * On a shared machine JMH's wall-clock figure falls with the load; {@link #main} runs the
 * same workload and divides by the thread's CPU time instead, which is what "one core"
 * means: {@code java -cp <test class path> org.cloakroom.kiosk.ble.PipelineBenchmark [true]}
 * ({@code true}: with the violation rules).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBenchmark {

	static final int ENROLLED_IRKS = 1000;

	static final int DEVICES = 500;

	/** Enrolment's row ids of the identities, so calibration is looked up per packet. */
	static final long IDENTITY_BASE = 100_000;

	/** Simulated time between two packets: 500 devices at 10 packets a second. */
	static final long NANOS_PER_PACKET = 200_000;

	static final long NANOS_PER_STEP = 200_000_000;

	/** Whether the violation rules listen to the pipeline's events. */
	@Param({ "false", "true" })
	public boolean rules;

	private RulesOnThePipeline violationRules;

	private BlePipeline pipeline;

	private Device[] devices;

	private long nanos;

	private long nextStep;

	private int next;

	private final Instant start = Instant.parse("2026-11-22T09:00:00Z");

	@Setup(Level.Trial)
	public void setUp() {
		Random random = new Random(42);
		List<EnrolledIdentity> enrolled = new ArrayList<>();
		List<Ah> irks = new ArrayList<>();
		List<PhoneCalibration> calibrations = new ArrayList<>();
		for (int i = 0; i < ENROLLED_IRKS; i++) {
			byte[] key = new byte[16];
			random.nextBytes(key);
			IdentityResolvingKey irk = new IdentityResolvingKey(key);
			enrolled.add(new EnrolledIdentity(i, IDENTITY_BASE + i, irk));
			irks.add(new Ah(irk));
			calibrations.add(new PhoneCalibration(i, IDENTITY_BASE + i, "door", -62 - i % 25, 0.9));
			calibrations.add(new PhoneCalibration(i, IDENTITY_BASE + i, "inside", -85 - i % 10, 0.9));
		}
		this.violationRules = new RulesOnThePipeline();
		this.pipeline = new BlePipeline(new IdentityResolver(() -> enrolled),
				new ProximityTracker(ProximityProperties.defaults(),
						Map.of("door", Placement.DOOR, "inside", Placement.INSIDE),
						Map.of("door", 3.0, "inside", -2.0)),
				() -> calibrations, this.rules ? this.violationRules : (event) -> {
				});
		this.devices = new Device[DEVICES];
		for (int i = 0; i < DEVICES; i++) {
			this.devices[i] = device(i, irks, random);
		}
	}

	private static Device device(int i, List<Ah> irks, Random random) {
		HexFormat hex = HexFormat.of();
		if (i < 200) {
			BleAddress address = irks.get(i * 5).resolvablePrivateAddress(random.nextInt());
			return new Device(address, hex.parseHex("02011a0aff4c0010051b98" + tag(random)), -60 - i % 20);
		}
		BleAddress nonResolvable = new BleAddress(random.nextLong() & 0x3FFF_FFFF_FFFFL);
		if (i < 350) {
			return new Device(nonResolvable, hex.parseHex("02011a0aff4c0010051b98" + tag(random)), -70 - i % 20);
		}
		if (i < 400) {
			return new Device(nonResolvable, hex.parseHex("02010606162cfe" + tag(random)), -70 - i % 20);
		}
		if (i < 450) {
			return new Device(nonResolvable, hex.parseHex("1bff4c000719010f2055" + "11".repeat(20)), -65);
		}
		return new Device(new BleAddress(0xC000_0000_0000L | i),
				hex.parseHex("0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e0" + "0001" + String.format("%04x", i)
						+ "c5"),
				-75);
	}

	private static String tag(Random random) {
		return String.format("%06x", random.nextInt(1 << 24));
	}

	@Benchmark
	public void accept() {
		Device device = this.devices[this.next];
		this.next = (this.next + 1 == DEVICES) ? 0 : this.next + 1;
		this.nanos += NANOS_PER_PACKET;
		Instant now = this.start.plusNanos(this.nanos);
		String adapter = ((this.next & 1) == 0) ? "door" : "inside";
		this.pipeline.accept(Advertisement.ofRaw(now, adapter, device.address, AddressType.RANDOM,
				device.rssi - (int) (this.nanos >>> 20 & 7), device.raw));
		if (this.nanos >= this.nextStep) {
			this.nextStep += NANOS_PER_STEP;
			this.pipeline.advanceTo(now);
			if (this.rules) {
				this.violationRules.check(now);
			}
		}
	}

	/** Ten rounds of a million advertisements; prints advertisements per CPU-second. */
	public static void main(String[] args) {
		PipelineBenchmark benchmark = new PipelineBenchmark();
		benchmark.rules = args.length > 0 && Boolean.parseBoolean(args[0]);
		benchmark.setUp();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 10; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < 1_000_000; i++) {
				benchmark.accept();
			}
			double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
			System.out.printf("round %2d: %,.0f advertisements per CPU-second%n", round, 1_000_000 / seconds);
		}
		if (benchmark.rules) {
			System.out.println("violation rules: " + benchmark.violationRules.tally());
		}
	}

	record Device(BleAddress address, byte[] raw, int rssi) {
	}

}
