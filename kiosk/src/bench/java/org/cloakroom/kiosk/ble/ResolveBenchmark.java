package org.cloakroom.kiosk.ble;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Ah;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.transport.AddressType;
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
 * A resolvable private address never seen before, against 10,000 enrolled IRKs, one
 * thread: {@code rejected} is the worst case (every IRK is tried and none matches),
 * {@code resolvedByTheLastKey} finds its IRK last. Each operation is one new address.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="ResolveBenchmark -f 1 -wi 3 -i 5"}
 * <p>
 * {@link #main} measures the same per CPU time of the thread, for a shared machine:
 * {@code java -cp <test class path> org.cloakroom.kiosk.ble.ResolveBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ResolveBenchmark {

	static final int ENROLLED_IRKS = 10_000;

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	private static final AdFields IPHONE = AdDecoder.decode(HexFormat.of().parseHex("0aff4c001005031c4e3a21"));

	private IdentityResolver resolver;

	private Ah lastKey;

	private int random;

	@Setup(Level.Trial)
	public void setUp() {
		Random seeded = new Random(42);
		List<EnrolledIdentity> enrolled = new ArrayList<>();
		IdentityResolvingKey last = null;
		for (int i = 0; i < ENROLLED_IRKS; i++) {
			byte[] key = new byte[16];
			seeded.nextBytes(key);
			last = new IdentityResolvingKey(key);
			enrolled.add(new EnrolledIdentity(i, last));
		}
		this.lastKey = new Ah(last);
		this.resolver = new IdentityResolver(() -> enrolled);
		this.random = seeded.nextInt();
	}

	@Benchmark
	public Resolution rejected() {
		// a resolvable private address (top bits 01) with a hash that no key made, as far
		// as can be told: the odds that one of 10,000 keys matches by chance are 10^4/2^24
		int prand = 0x40_0000 | (nextRandom() & 0x3F_FFFF);
		BleAddress address = new BleAddress(((long) prand << 24) | (nextRandom() & 0xFF_FFFF));
		return this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW);
	}

	@Benchmark
	public Resolution resolvedByTheLastKey() {
		BleAddress address = this.lastKey.resolvablePrivateAddress((nextRandom() & 0x1F_FFFF) | 1);
		return this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW);
	}

	/** Ten rounds of 500 new addresses each way; prints CPU milliseconds per address. */
	public static void main(String[] args) {
		ResolveBenchmark benchmark = new ResolveBenchmark();
		benchmark.setUp();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 10; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < 500; i++) {
				benchmark.rejected();
			}
			long middle = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < 500; i++) {
				benchmark.resolvedByTheLastKey();
			}
			long end = threads.getCurrentThreadCpuTime();
			System.out.printf("round %2d: rejected %.3f ms, resolved by the last key %.3f ms (CPU per address)%n",
					round, (middle - start) / 500 / 1e6, (end - middle) / 500 / 1e6);
		}
	}

	private int nextRandom() {
		this.random = this.random * 1_103_515_245 + 12_345;
		return this.random;
	}

}
