package org.cloakroom.kiosk.violation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.BleProperties.ReplayProperties.Pace;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.trace.GeneratedTrace;
import org.cloakroom.kiosk.ble.trace.ReplayTransport;
import org.cloakroom.kiosk.ble.trace.Scenario;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TraceGenerator;
import org.cloakroom.kiosk.ble.trace.TraceWriter;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Collections;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.locker.SimulatedDoors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule on generated traces replayed through the real pipeline, at the recorded pace
 * on the test's clock, as {@code ble replay} and the {@code replay} backend play them: a
 * phone that must be stored (it has no inventory) standing inside, and, once stored,
 * standing at the kiosk and then inside.
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:violations-replay;DB_CLOSE_DELAY=-1",
		"cloakroom.violation.left-in-locker.zone=UTC" })
class ViolationReplayIT {

	private static final Duration STEP = Duration.ofMillis(200);

	@TempDir
	static Path traces;

	@Autowired
	private AdvertisementSink pipeline;

	@Autowired
	private Violations violations;

	@Autowired
	private Enrolment enrolment;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private EpisodeTable episodeTable;

	@Autowired
	private AuditLog log;

	@Autowired
	private MutableClock clock;

	private long mark;

	@BeforeEach
	void setUp() {
		this.mark = this.log.latest(1).get(0).sequence();
	}

	/** Every episode of a test ends before the next test begins. */
	@AfterEach
	void quietPeriodPasses() {
		pass(Duration.ofMinutes(3));
		this.violations.check();
	}

	@Test
	void phoneThatMustBeStoredStandingInsideRaisesOnceAcrossTwoVisitsAndEnds() throws Exception {
		Person person = enrol("Mary Jackson", "200001", 11);

		replay(person.inside);
		assertThat(entries("PhoneSeenInside")).hasSize(1)
			.first()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"employee\":\"Mary Jackson\"", "\"verdict\":\"MUST_STORE\"", "\"adapters\":[\"inside\"]")
			.doesNotContainIgnoringCase(person.irks.get(0));

		// back within the quiet period: the same episode
		pass(Duration.ofSeconds(30));
		replay(person.inside);
		assertThat(movesInto(Zone.INSIDE, person)).as("the phone left and came back inside").hasSize(2);
		assertThat(entries("PhoneSeenInside")).hasSize(1);

		// the phone fades to AWAY, then stays away for the quiet period
		pass(Duration.ofMinutes(3));
		this.violations.check();
		assertThat(entries("ViolationEnded")).singleElement()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"rule\":\"MUST_STORE_INSIDE\"", "\"reason\":\"QUIET\"");
	}

	@Test
	void storedPhoneAtTheKioskRaisesNothingAndInsideIsAPossibleDecoy() throws Exception {
		Person person = enrol("Dorothy Vaughan", "200002", 12);
		CheckInView checkIn = this.checkIns.start(new Identification("200002", "2468"));
		checkIn = this.checkIns.answer(checkIn.id(), checkIn.phones().get(0).phoneId(), true);
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);

		replay(person.atTheKiosk);
		pass(Duration.ofMinutes(3));
		this.violations.check();
		assertThat(movesInto(Zone.AT_DOOR, person)).as("the phone was placed at the kiosk").isNotEmpty();
		assertThat(entries("PossibleDecoy")).isEmpty();
		assertThat(entries("PhoneSeenInside")).isEmpty();

		replay(person.inside);
		pass(Duration.ofSeconds(20));
		replay(person.inside);
		assertThat(entries("PossibleDecoy")).singleElement()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"employee\":\"Dorothy Vaughan\"", "\"zone\":\"INSIDE\"", "\"lockerId\":" + locker);

		replay(person.atTheKiosk);
		this.collections.start(new Identification("200002", "2468"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(entries("ViolationEnded")).singleElement()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"rule\":\"DECOY\"", "\"reason\":\"COLLECTED\"");
	}

	@Test
	void unenrolledPhoneStandingInsideGetsTheAreaPolicysAlertUntilItHasBeenGoneForTheQuietPeriod() {
		// nobody enrolled this generated phone's IRK: it is a phone, not enrolled
		Path stranger = write("stranger",
				new TraceGenerator(13).generate(Scenario.INSIDE, 1, Instant.parse("2026-11-22T09:00:00Z")),
				(entry) -> true);

		replay(stranger);
		this.violations.check();
		AuditEntry alert = single("UnenrolledPhoneInside");
		assertThat(alert.alert()).isTrue();
		assertThat(alert.subject()).startsWith("device:");

		// it fades 30 s after its last packet; its quiet period starts then
		pass(Duration.ofSeconds(40));
		assertThat(entries("ViolationEnded")).as("gone, but not yet for the quiet period").isEmpty();
		pass(Duration.ofMinutes(2).plusSeconds(10));
		this.violations.check();
		assertThat(single("ViolationEnded").details()).contains("\"rule\":\"UNENROLLED_INSIDE\"",
				"\"reason\":\"QUIET\"", "\"episodeKey\":\"unenrolled-inside:kiosk\"");
	}

	@Test
	void storedPhoneHeardOnlyAtTheKioskOvernightIsOneNoticeAndNoDecoy() throws Exception {
		Person person = enrol("Annie Easley", "200003", 14);
		CheckInView checkIn = this.checkIns.start(new Identification("200003", "2468"));
		checkIn = this.checkIns.answer(checkIn.id(), checkIn.phones().get(0).phoneId(), true);
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);

		replay(person.atTheKiosk);
		this.clock.set(
				LeftInLocker.lastEndOfDay(this.clock.instant(), java.time.LocalTime.of(20, 0), java.time.ZoneOffset.UTC)
					.plus(Duration.ofDays(1).plusMinutes(1)));
		pass(Duration.ofSeconds(10));
		this.violations.check();
		replay(person.atTheKiosk);
		this.violations.check();

		assertThat(movesInto(Zone.AT_DOOR, person)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(entries("PossibleDecoy")).isEmpty();
		assertThat(single("PhoneLeftInLocker").details()).contains("\"employee\":\"Annie Easley\"",
				"\"lockerId\":" + locker);

		this.collections.start(new Identification("200003", "2468"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(single("ViolationEnded").details()).contains("\"rule\":\"LEFT_IN_LOCKER\"");
	}

	@Test
	void aRestartNeitherLosesAnOpenEpisodeNorRaisesItTwice() {
		Instant now = this.clock.instant();
		Episodes before = new Episodes(this.episodeTable);
		org.cloakroom.kiosk.audit.AuditSubject phone = org.cloakroom.kiosk.audit.AuditSubject.phone(9_999);
		assertThat(before.holds(ViolationRule.DECOY, phone, now)).isTrue();
		before.calm(ViolationRule.DECOY, phone, now.plusSeconds(5));

		Episodes restarted = new Episodes(this.episodeTable);
		assertThat(restarted.holds(ViolationRule.DECOY, phone, now.plusSeconds(10))).as("raised again").isFalse();
		restarted.calm(ViolationRule.DECOY, phone, now.plusSeconds(20));

		Episodes again = new Episodes(this.episodeTable);
		assertThat(again.endQuiet(Duration.ofMinutes(2), now.plusSeconds(20 + 119))).isEmpty();
		assertThat(again.endQuiet(Duration.ofMinutes(2), now.plusSeconds(20 + 120))).singleElement()
			.extracting(Episode::key)
			.isEqualTo("decoy:phone:9999");
		assertThat(new Episodes(this.episodeTable).isOpen(ViolationRule.DECOY, phone)).isFalse();
	}

	/**
	 * Enrols a person whose phone has no inventory (so it must be stored), with traces.
	 */
	private Person enrol(String name, String badge, long seed) throws Exception {
		EmployeeRef employee = this.enrolment.enrolEmployee(name, badge, "2468", "admin");
		PhoneRef phone = this.enrolment.enrolPhone(employee.id(), "Test phone " + seed, Platform.ANDROID, "admin");
		Instant start = Instant.parse("2026-11-22T09:00:00Z");
		// each generated person is a phone of its own (its own IRK): enrol both on one
		// phone
		GeneratedTrace inside = new TraceGenerator(seed).generate(Scenario.INSIDE, 1, start);
		GeneratedTrace arrival = new TraceGenerator(seed + 100).generate(Scenario.ARRIVAL, 1, start);
		List<String> irks = List.of(inside.people().get(0).irk(), arrival.people().get(0).irk());
		for (String irk : irks) {
			this.enrolment.addIdentity(phone.id(), IdentityResolvingKey.parseHex(irk), "admin");
		}
		return new Person(phone, irks, write("inside-" + seed, inside, (entry) -> true),
				write("at-the-kiosk-" + seed, arrival, (entry) -> entry.label().zone() == Zone.AT_DOOR));
	}

	private static Path write(String name, GeneratedTrace trace, Predicate<TraceEntry> kept) {
		Path file = traces.resolve(name + ".trace");
		try (TraceWriter writer = new TraceWriter(file, false)) {
			trace.entries()
				.stream()
				.filter(kept)
				.forEach((entry) -> writer.write(entry.advertisement(), entry.label()));
		}
		return file;
	}

	/** Plays a trace on the test's clock to its end, stepping as the scanner does. */
	private void replay(Path trace) {
		ReplayTransport replay = new ReplayTransport(trace, Pace.RECORDED);
		replay.start(this.pipeline);
		try {
			while (!replay.health().detail().contains("finished")) {
				step(replay);
			}
			pass(Duration.ofSeconds(1));
		}
		finally {
			replay.stop();
		}
	}

	private void step(ReplayTransport replay) {
		this.clock.advance(STEP);
		replay.poll(this.clock.instant());
		this.pipeline.advanceTo(this.clock.instant());
	}

	/** Lets time pass as the scanner and the violations' ticker (every 5 s) would. */
	private void pass(Duration duration) {
		long steps = 0;
		for (Duration passed = Duration.ZERO; passed.compareTo(duration) < 0; passed = passed.plus(STEP)) {
			this.clock.advance(STEP);
			this.pipeline.advanceTo(this.clock.instant());
			if (++steps % 25 == 0) {
				this.violations.check();
			}
		}
	}

	private AuditEntry single(String type) {
		List<AuditEntry> found = entries(type);
		assertThat(found).as("%s entries since the test began", type).hasSize(1);
		return found.get(0);
	}

	private List<AuditEntry> movesInto(Zone zone, Person person) {
		return entries("PhoneZoneChanged").stream()
			.filter((entry) -> entry.subject().equals("phone:" + person.phone.id().value()))
			.filter((entry) -> entry.details().contains("\"to\":\"" + zone + "\""))
			.toList();
	}

	private List<AuditEntry> entries(String type) {
		return this.log.after(this.mark, AuditLog.MAX_LIMIT)
			.stream()
			.filter((entry) -> entry.type().equals(type))
			.toList();
	}

	private record Person(PhoneRef phone, List<String> irks, Path inside, Path atTheKiosk) {
	}

}
