package org.cloakroom.kiosk.story;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInStarted;
import org.cloakroom.kiosk.checkin.EntryGranted;
import org.cloakroom.kiosk.checkin.PhoneAssessment;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.CollectionStarted;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.PhonesCollected;
import org.cloakroom.kiosk.locker.PhonesStored;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageOpened;
import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.Reason;
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
 * The wording part of an employee's timeline of 10,000 entries: 1,667 visits of six entries
 * each (check-in with a phone that must be stored for WeChat, storage opened, phones
 * stored, entry granted, collection started, phones collected), each entry's details as
 * the log writes them, told in words with the real bundle and an in-memory name source
 * (each name is looked up once per rendering, so the directory's cost is a handful of
 * queries whatever the length). {@code tell} renders the 10,000 lines;
 * {@code tellAndGroup} also groups them by day and visit as the console does.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="TimelineWordsBenchmark"}
 * <p>
 * {@link #main} measures the same in CPU time of the thread, for a shared machine:
 * {@code java -cp <test class path> org.cloakroom.kiosk.story.TimelineWordsBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TimelineWordsBenchmark {

	static final int ENTRIES = 10_000;

	private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

	private static final Reason WECHAT = new Reason("flagged-app", "wechat", "com.tencent.mm",
			"Executive Order 13943", "WeChat is on the flagged-app list");

	private EventWords words;

	private List<AuditEntry> entries;

	@Setup(Level.Trial)
	public void setUp() {
		this.words = new EventWords(StorySentencesTest.messages(), new FakeNames());
		this.entries = newestFirst();
	}

	@Benchmark
	public List<StoryLine> tell() {
		return this.words.tell(this.entries);
	}

	@Benchmark
	public List<TimelineDay> tellAndGroup() {
		return TimelineDay.of(this.words.tell(this.entries));
	}

	/** Median and best CPU time of the thread per rendering, after a warm-up. */
	public static void main(String[] args) {
		TimelineWordsBenchmark benchmark = new TimelineWordsBenchmark();
		benchmark.setUp();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 50; i++) {
			benchmark.tell();
		}
		long[] cpu = new long[30];
		for (int i = 0; i < cpu.length; i++) {
			long before = threads.getCurrentThreadCpuTime();
			benchmark.tell();
			cpu[i] = threads.getCurrentThreadCpuTime() - before;
		}
		Arrays.sort(cpu);
		System.out.printf("tell %d entries: CPU median %.1f ms, best %.1f ms, worst %.1f ms%n", ENTRIES,
				cpu[cpu.length / 2] / 1e6, cpu[0] / 1e6, cpu[cpu.length - 1] / 1e6);
	}

	static List<AuditEntry> newestFirst() {
		List<AuditEntry> entries = new ArrayList<>(ENTRIES);
		EmployeeId ada = EmployeeId.of(1);
		PhoneId pixel = PhoneId.of(3);
		LockerId locker = LockerId.of(7);
		for (int visit = 0; entries.size() < ENTRIES; visit++) {
			Instant in = START.plus(Duration.ofHours(8L * visit));
			StorageId storage = StorageId.of(visit + 1);
			List<AuditableEvent> events = List.of(
					new CheckInStarted(ada, CheckInId.of(new UUID(0, visit)), "badge",
							List.of(new PhoneAssessment(pixel, "Pixel 8", new Decision.MustStore(List.of(WECHAT)), true,
									null, false)),
							null, in),
					new StorageOpened(storage, ada, Set.of(pixel), 0, in.plusSeconds(5)),
					new PhonesStored(storage, ada, locker, Set.of(pixel), in.plusSeconds(40)),
					new EntryGranted(ada, "phones stored in locker 7", in.plusSeconds(41)),
					new CollectionStarted(storage, ada, locker, in.plus(Duration.ofHours(7))),
					new PhonesCollected(storage, ada, locker, Set.of(pixel), in.plus(Duration.ofHours(7)).plusSeconds(30)));
			for (AuditableEvent event : events) {
				if (entries.size() < ENTRIES) {
					AuditEntry sample = SampleEvents.entry(event);
					entries.add(new AuditEntry(entries.size() + 1, in.plusSeconds(entries.size() % 6), sample.type(),
							sample.subject(), false, sample.details(), sample.previousHash(), sample.hash()));
				}
			}
		}
		Collections.reverse(entries);
		return entries;
	}

}
