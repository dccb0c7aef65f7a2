package org.cloakroom.kiosk.web.api;

import java.time.Instant;

import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.EmergencyView;

/**
 * Whether an emergency release is in force and since when, begun by whom ({@code by}
 * null: the fire-alarm input) and why; and what the fire-alarm input reads now
 * ({@code inputActive}: the release cannot end yet; {@code inputWired} false: none).
 */
record EmergencyStatus(boolean inForce, Instant since, String by, String reason, boolean fromFireAlarm,
		boolean inputWired, boolean inputActive) {

	static EmergencyStatus of(EmergencyRelease release) {
		boolean wired = release.isInputWired();
		return release.current()
			.map((view) -> of(view, wired))
			.orElseGet(() -> new EmergencyStatus(false, null, null, null, false, wired, release.isInputActive()));
	}

	private static EmergencyStatus of(EmergencyView view, boolean wired) {
		return new EmergencyStatus(true, view.since(), view.by(), view.reason(), view.fromFireAlarm(), wired,
				view.inputActive());
	}

}
