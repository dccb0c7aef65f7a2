package org.cloakroom.kiosk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cloakroom.kiosk.locker.LockerAdminOpenExpired;
import org.cloakroom.kiosk.locker.LockerClosedEmpty;
import org.cloakroom.kiosk.locker.LockerDepositNotConfirmed;
import org.cloakroom.kiosk.locker.LockerDoorClosed;
import org.cloakroom.kiosk.locker.LockerDoorHeldOpen;
import org.cloakroom.kiosk.locker.LockerDoorHeldOpenEscalated;
import org.cloakroom.kiosk.locker.LockerDoorOpenAtStartup;
import org.cloakroom.kiosk.locker.LockerDoorOpened;
import org.cloakroom.kiosk.locker.LockerFault;
import org.cloakroom.kiosk.locker.LockerFaultCleared;
import org.cloakroom.kiosk.locker.LockerForced;
import org.cloakroom.kiosk.locker.LockerFreed;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerOccupied;
import org.cloakroom.kiosk.locker.LockerOpenedByAdmin;
import org.cloakroom.kiosk.locker.LockerRecoveredAtStartup;
import org.cloakroom.kiosk.locker.LockerReleaseExpired;
import org.cloakroom.kiosk.locker.LockerReleaseStarted;
import org.cloakroom.kiosk.locker.LockerReservationExpired;
import org.cloakroom.kiosk.locker.LockerReserved;
import org.cloakroom.kiosk.locker.LockerReturnedToService;
import org.cloakroom.kiosk.locker.LockerSensorFlapping;
import org.cloakroom.kiosk.locker.LockerSensorsDisagreedAtStartup;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.LockerTakenOutOfService;
import org.cloakroom.kiosk.locker.RecoveryReason;
import org.cloakroom.kiosk.locker.StorageId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locker's events record typed ids ({@link LockerId}, {@link StorageId}) where they
 * once had bare numbers. Logs written before must stay verifiable and searchable, so each
 * event's details and subject are pinned here to the very text the bare-number events
 * gave (captured from them before the change): the ids are numbers, the storage is still
 * {@code sessionId}, a missing storage is still {@code null}.
 */
class LockerEventDetailsTest {

	private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

	private static final Instant DEADLINE = Instant.parse("2026-11-22T08:01:30Z");

	private static final Instant SINCE = Instant.parse("2026-11-22T07:58:00Z");

	private static final LockerId LOCKER = LockerId.of(7);

	private static final StorageId STORAGE = StorageId.of(42);

	static Stream<Arguments> events() {
		return Stream.of(
				Arguments.of(new LockerAdminOpenExpired(LOCKER, LockerState.COLLECTING, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"state\":\"COLLECTING\"}"),
				Arguments.of(new LockerClosedEmpty(LOCKER, STORAGE, 1, 2, DEADLINE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"attempt\":1,\"attemptsLeft\":2,\"deadline\":\"2026-11-22T08:01:30Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerDepositNotConfirmed(LOCKER, STORAGE, 3, "tray-empty", AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"because\":\"tray-empty\",\"emptyCloses\":3,\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerDoorClosed(LOCKER, LockerState.STORED, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"state\":\"STORED\"}"),
				Arguments.of(new LockerDoorHeldOpen(LOCKER, LockerState.STORING, STORAGE, SINCE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"openSince\":\"2026-11-22T07:58:00Z\",\"sessionId\":42,\"state\":\"STORING\"}"),
				Arguments.of(new LockerDoorHeldOpenEscalated(LOCKER, LockerState.COLLECTING, STORAGE, SINCE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"openSince\":\"2026-11-22T07:58:00Z\",\"sessionId\":42,\"state\":\"COLLECTING\"}"),
				Arguments.of(new LockerDoorOpenAtStartup(LOCKER, LockerState.FREE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"state\":\"FREE\"}"),
				Arguments.of(new LockerDoorOpened(LOCKER, LockerState.FAULT, false, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"commanded\":false,\"lockerId\":7,\"state\":\"FAULT\"}"),
				Arguments.of(
						new LockerFaultCleared(LOCKER, LockerFault.FORCED, LockerState.STORED, STORAGE, "officer",
								"seal intact", AT),
						"{\"after\":\"STORED\",\"at\":\"2026-11-22T08:00:00Z\",\"by\":\"officer\",\"fault\":\"FORCED\",\"lockerId\":7,\"note\":\"seal intact\",\"sessionId\":42}"),
				Arguments.of(new LockerForced(LOCKER, LockerState.STORED, STORAGE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"before\":\"STORED\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerFreed(LOCKER, STORAGE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerOccupied(LOCKER, STORAGE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerOpenedByAdmin(LOCKER, LockerState.FREE, null, "admin", "cleaning", DEADLINE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"before\":\"FREE\",\"by\":\"admin\",\"deadline\":\"2026-11-22T08:01:30Z\",\"lockerId\":7,\"reason\":\"cleaning\",\"sessionId\":null}"),
				Arguments.of(
						new LockerRecoveredAtStartup(LOCKER, LockerState.STORING, LockerState.FREE, STORAGE,
								RecoveryReason.STORING_TRAY_EMPTY, null, AT),
						"{\"after\":\"FREE\",\"at\":\"2026-11-22T08:00:00Z\",\"before\":\"STORING\",\"fault\":null,\"lockerId\":7,\"reason\":\"storing-tray-empty\",\"sessionId\":42}"),
				Arguments.of(new LockerReleaseExpired(LOCKER, STORAGE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerReleaseStarted(LOCKER, STORAGE, DEADLINE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"deadline\":\"2026-11-22T08:01:30Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerReservationExpired(LOCKER, STORAGE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerReserved(LOCKER, STORAGE, DEADLINE, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"deadline\":\"2026-11-22T08:01:30Z\",\"lockerId\":7,\"sessionId\":42}"),
				Arguments.of(new LockerReturnedToService(LOCKER, "admin", "repaired", AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"by\":\"admin\",\"lockerId\":7,\"reason\":\"repaired\"}"),
				Arguments.of(
						new LockerSensorFlapping(LOCKER, "door", 6, Duration.ofSeconds(10), LockerState.STORED, STORAGE,
								AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"before\":\"STORED\",\"changes\":6,\"lockerId\":7,\"sensor\":\"door\",\"sessionId\":42,\"window\":\"PT10S\"}"),
				Arguments.of(
						new LockerSensorsDisagreedAtStartup(LOCKER, LockerState.STORED, LockerState.FAULT, STORAGE,
								true, null, RecoveryReason.DOOR_OPEN_STORED, AT),
						"{\"after\":\"FAULT\",\"at\":\"2026-11-22T08:00:00Z\",\"before\":\"STORED\",\"doorOpen\":true,\"lockerId\":7,\"occupied\":null,\"reason\":\"door-open-stored\",\"sessionId\":42}"),
				Arguments.of(new LockerTakenOutOfService(LOCKER, LockerState.FREE, "admin", "broken hinge", AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"before\":\"FREE\",\"by\":\"admin\",\"lockerId\":7,\"reason\":\"broken hinge\"}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void detailsAreTheTextTheBareNumbersGave(AuditableEvent event, String before) {
		assertThat(CanonicalForm.details(event)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void subjectIsTheLockerByItsNumber(AuditableEvent event, String ignored) {
		assertThat(event.subject().text()).isEqualTo("locker:7");
	}

}
