package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.BidiControls;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Every locker and the area door let go at once, on the fire-alarm input or an admin's
 * emergency open, until an admin returns to normal once the input reads clear. The
 * release is written (V21) and audited before any lock is told, so a restart during one
 * comes back in it. Storages stay recorded throughout: a phone taken out during the
 * release is collected by its owner or found by the usual rules afterwards.
 */
@Service
public class EmergencyRelease {

	/** What an admin types to confirm an emergency open. */
	public static final String CONFIRMATION = "OPEN ALL";

	/** The longest reason or note kept. */
	static final int MAX_TEXT = 500;

	private static final Logger log = LoggerFactory.getLogger(EmergencyRelease.class);

	private final EmergencyTable table;

	private final LockerTransitions transitions;

	private final LockerIo io;

	private final ApplicationEventPublisher events;

	private final boolean areaDoorWired;

	EmergencyRelease(EmergencyTable table, LockerTransitions transitions, LockerIo io, BankWiring wiring,
			ApplicationEventPublisher events) {
		this.table = table;
		this.transitions = transitions;
		this.io = io;
		this.events = events;
		this.areaDoorWired = wiring.outputs().areaDoor().isPresent();
	}

	/** The release in force, if any, with what the fire-alarm input reads now. */
	public Optional<EmergencyView> current() {
		if (!this.transitions.isReleased()) {
			return Optional.empty();
		}
		return this.table.inForce()
			.map((release) -> new EmergencyView(release.since(), release.by(), release.reason(), isInputActive()));
	}

	/**
	 * Refuses a new check-in while a release is in force: no phone is handed a locker
	 * that stands open.
	 * @throws LockerRefusal {@code emergency-release}
	 */
	public void refuseWhileInForce() {
		if (this.transitions.isReleased()) {
			throw new LockerRefusal("emergency-release");
		}
	}

	/** Whether a fire-alarm input is wired. */
	public boolean isInputWired() {
		return this.io.isFireAlarmActive().isPresent();
	}

	/** Whether the fire-alarm input reads the alarm now (false when none is wired). */
	public boolean isInputActive() {
		return this.io.isFireAlarmActive().orElse(false);
	}

	/**
	 * Checks an admin's typed confirmation of an emergency open.
	 * @throws LockerRefusal {@code emergency-confirmation} unless it reads
	 * {@value #CONFIRMATION} (surrounding spaces and case aside)
	 */
	public static void confirm(String typed) {
		if (typed == null || !typed.strip().equalsIgnoreCase(CONFIRMATION)) {
			throw new LockerRefusal(Refusal.Kind.INVALID, "emergency-confirmation", CONFIRMATION);
		}
	}

	/**
	 * The admin's emergency open (the console checks the typed confirmation with
	 * {@link #confirm}): every lock and the area door let go.
	 * @throws LockerRefusal {@code emergency-already-in-force} during a release
	 */
	public EmergencyView openEverything(String by, String reason) {
		text("by", by);
		text("reason", reason);
		start(EmergencyCause.ADMIN, by, reason);
		return current().orElseThrow();
	}

	/**
	 * Back to normal: every lock driven as its locker's state says, the area door shut.
	 * Only an admin (the edge checks the role), only once the fire-alarm input reads
	 * clear.
	 * @throws LockerRefusal {@code emergency-not-in-force} when there is no release,
	 * {@code emergency-input-active} while the fire-alarm input reads the alarm
	 */
	public void returnToNormal(String by, String note) {
		text("by", by);
		text("note", note);
		this.transitions.runBank((now) -> {
			EmergencyTable.InForce release = this.table.inForce()
				.orElseThrow(() -> new LockerRefusal("emergency-not-in-force"));
			if (isInputActive()) {
				throw new LockerRefusal("emergency-input-active");
			}
			this.table.end(release.id(), by, note, now);
			this.events.publishEvent(new EmergencyReleaseEnded(release.id(), release.cause(), by, note, release.since(),
					lockersHoldingPhones(), doorsOpen(), now));
			return release;
		}, false);
	}

	/** The fire-alarm input went active (or read active at start-up). */
	void fireAlarm() {
		if (this.transitions.isReleased()) {
			log.warn("The fire-alarm input reads active during the emergency release in force");
			return;
		}
		start(EmergencyCause.FIRE_ALARM, null, null);
	}

	/**
	 * Before the lockers are recovered at start-up: a release in force when the kiosk
	 * stopped is still in force.
	 */
	void resumeAtStartup() {
		this.transitions.releasedAtStartup(this.table.inForce().isPresent());
	}

	/**
	 * After the lockers are recovered: the area door held as the release says, and a fire
	 * alarm that sounds now starts a release.
	 */
	void afterStartup() {
		if (this.transitions.isReleased()) {
			log.warn("Started during an emergency release: every locker and the area door stay let go until an admin "
					+ "returns to normal");
			this.io.holdAreaDoorReleased(true);
		}
		else if (isInputActive()) {
			fireAlarm();
		}
	}

	private void start(EmergencyCause cause, String by, String reason) {
		this.transitions.runBank((now) -> {
			if (this.table.inForce().isPresent()) {
				throw new LockerRefusal("emergency-already-in-force");
			}
			EmergencyTable.InForce release = this.table.start(cause, by, reason, now);
			this.events.publishEvent(new EmergencyReleaseStarted(release.id(), cause, by, reason,
					lockersHoldingPhones(), this.areaDoorWired, now));
			return release;
		}, true);
	}

	private List<Integer> lockersHoldingPhones() {
		return this.transitions.persisted()
			.stream()
			.filter((locker) -> locker.row().storage() != null)
			.map((locker) -> locker.id().value())
			.toList();
	}

	private List<Integer> doorsOpen() {
		return this.transitions.all()
			.stream()
			.map((locker) -> locker.id().value())
			.filter(this.io::isDoorOpen)
			.toList();
	}

	private static void text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw LockerRefusal.blank(field);
		}
		if (value.length() > MAX_TEXT) {
			throw new LockerRefusal(Refusal.Kind.INVALID, "emergency-text-too-long", field, MAX_TEXT);
		}
		BidiControls.refuse(field, value);
	}

}
