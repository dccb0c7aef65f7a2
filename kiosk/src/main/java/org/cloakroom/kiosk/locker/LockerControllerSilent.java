package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A controller (an I/O expander, a locker board) stopped answering: {@code lockerIds},
 * the lockers with a lock or sensor on it, went to FAULT ({@code CONTROLLER_SILENT},
 * keeping their storages) in the same transaction, and stay there until an officer clears
 * each, since their doors went unwatched. {@code kioskLines} are the kiosk's own lines on
 * it: with {@code fire-alarm} among them the fire-alarm input goes unwatched (a silence
 * starts no emergency release), with {@code area-door-release} the area door cannot be
 * released. A HIGH alert, once per silence of this controller.
 */
@AuditType("LockerControllerSilent")
public record LockerControllerSilent(String controller, String kind, List<Integer> lockerIds, List<String> kioskLines,
		String reason, boolean fireAlarmUnwatched, boolean areaDoorStuck,
		Instant at) implements AuditableEvent, RaisesAlert {

	public LockerControllerSilent {
		lockerIds = List.copyOf(lockerIds);
		kioskLines = List.copyOf(kioskLines);
	}

	/** The alert episode of one controller's silence, ended when it answers again. */
	static String episode(String controller) {
		return "controller-silent:" + controller;
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public boolean alert() {
		return true;
	}

	@Override
	public AlertSeverity severity() {
		return AlertSeverity.HIGH;
	}

	@Override
	public String episodeKey() {
		return episode(this.controller);
	}

}
