package org.cloakroom.kiosk.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.badge.simulated.SimulatedReader;
import org.cloakroom.kiosk.checkin.KioskDesk;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.enrolment.EmployeeAdministration;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.UnknownBadgeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The kiosk with a keyboard-wedge reader wired whose device is not there, and the
 * simulation's reader: the kiosk starts, the badge health says which reader is down and
 * why, and reads take the check-in's port; an unknown badge is shown on the screen and
 * logged under its card key, never its number.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:badge-readers;DB_CLOSE_DELAY=-1")
class BadgeReadersIT {

	private static final Path DIR = temporaryDirectory();

	@Autowired
	private BadgeReadDesk desk;

	@Autowired
	private SimulatedReader simulated;

	@Autowired
	private KioskDesk screen;

	@Autowired
	private AuditLog log;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EmployeeAdministration employees;

	@Autowired
	private EmployeeDirectory directory;

	@Autowired
	@Qualifier("badgeHealthIndicator")
	private HealthIndicator health;

	@DynamicPropertySource
	static void wiringWithAReader(DynamicPropertyRegistry registry) throws IOException {
		Path wiring = DIR.resolve("lockers.yaml");
		Files.writeString(wiring, Files.readString(Path.of("../firmware-config/lockers/demo.yaml")) + """
				readers:
				  - name: door
				    type: keyboard-wedge
				    format: decimal
				    device: %s
				""".formatted(DIR.resolve("no-reader")));
		registry.add("cloakroom.locker.wiring-file", wiring::toString);
	}

	@BeforeEach
	void idle() {
		this.screen.reset(null);
	}

	@Test
	void aReaderWhoseDeviceIsMissingIsDownInTheBadgeHealthAndTheKioskRunsOn() {
		Health health = this.health.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason",
				"door: no device " + DIR.resolve("no-reader") + ": is the reader plugged in?");
		assertThat(readers(health)).containsOnlyKeys("door", "simulated");
		assertThat(readers(health).get("simulated")).containsEntry("reading", true);
	}

	@Test
	void aKnownBadgeReadStartsTheCheckInWithoutAPin() {
		this.desk.read(read("door", "100004"));

		assertThat(this.screen.screen().kind()).isEqualTo(KioskScreen.Kind.CHECK_IN);
	}

	@Test
	void anUnknownBadgeReadIsShownOnTheScreenAndLoggedUnderItsCardKeyNotItsNumber() {
		this.desk.read(read("door", "987654321"));

		KioskScreen screen = this.screen.screen();
		assertThat(screen.kind()).isEqualTo(KioskScreen.Kind.IDLE);
		assertThat(screen.message()).isEqualTo("The kiosk does not know that badge. Please call security.");
		AuditEntry entry = latest("UnknownBadgeRead");
		assertThat(entry.alert()).as("a notice, not an alert").isFalse();
		assertThat(entry.details()).contains("\"reader\":\"door\"", "\"form\":\"typed\"")
			.containsPattern("\"cardKey\":\"[0-9a-f]{32}\"")
			.doesNotContain("987654321")
			.doesNotContain("654321");

		this.desk.read(read("door", "987654321"));
		assertThat(latest("UnknownBadgeRead").sequence()).isGreaterThan(entry.sequence());
		assertThat(latest("UnknownBadgeRead").details()).as("the same card, the same day: the same key")
			.isEqualTo(entry.details());
	}

	@Test
	void anUnknownBadgeTappedInTheSimulationIsShownAndLoggedAsARealReadersIs() {
		assertThatExceptionOfType(UnknownBadgeException.class).isThrownBy(() -> this.simulated.tap("555000"));

		assertThat(this.screen.screen().message())
			.isEqualTo("The kiosk does not know that badge. Please call security.");
		assertThat(latest("UnknownBadgeRead").details()).contains("\"reader\":\"simulated\"", "\"form\":\"simulated\"")
			.doesNotContain("555000");
	}

	@Test
	void aDeactivatedEmployeesReadIsRefusedAsBeforeAndIsNoUnknownBadge() {
		long unknownBefore = count("UnknownBadgeRead");
		var grace = this.directory.views().stream().filter((e) -> e.badgeId().equals("100002")).findFirst().get();
		this.employees.deactivate(grace.id(), "left", "dana");

		this.desk.read(read("door", "100002"));

		assertThat(this.screen.screen().kind()).isEqualTo(KioskScreen.Kind.IDLE);
		assertThat(this.screen.screen().message()).isNotBlank();
		assertThat(latest("DeactivatedEmployeeRefused").details()).contains("100002");
		assertThat(count("UnknownBadgeRead")).isEqualTo(unknownBefore);
	}

	@Test
	void rejectedReadsAreCountedPerReaderInTheHealth() {
		this.desk.rejected("door", "the reader typed 4 characters that are not a decimal number");
		this.desk.rejected("door", "a half-typed read of 2 keys dropped after a gap of more than 500 ms");

		assertThat(readers(this.health.health()).get("door")).containsEntry("rejectedReads", 2L);
		assertThat(this.desk.rejectedBy("simulated")).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> readers(Health health) {
		return (Map<String, Map<String, Object>>) health.getDetails().get("readers");
	}

	private BadgeRead read(String reader, String badgeId) {
		Instant now = this.clock.instant();
		return new BadgeRead(reader, badgeId, "typed", now);
	}

	private AuditEntry latest(String type) {
		return this.log.latest(50)
			.stream()
			.filter((entry) -> entry.type().equals(type))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " among the latest entries"));
	}

	private long count(String type) {
		return this.log.latest(500).stream().filter((entry) -> entry.type().equals(type)).count();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("badge-readers-it");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
