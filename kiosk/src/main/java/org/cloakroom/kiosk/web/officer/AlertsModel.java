package org.cloakroom.kiosk.web.officer;

import jakarta.servlet.http.HttpServletRequest;

import org.cloakroom.kiosk.alert.AlertCounts;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.security.ConsoleRole;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every officer page needs of the alerts: the counts in its header
 * ({@code officer-layout.html}) and the audible cue's settings, for the pages that keep
 * the counts current from the alerts stream ({@code officer-alerts :: live}).
 */
@ControllerAdvice(basePackageClasses = AlertsModel.class)
class AlertsModel {

	private final AlertQueue queue;

	private final AlertSoundProperties sound;

	AlertsModel(AlertQueue queue, AlertSoundProperties sound) {
		this.queue = queue;
		this.sound = sound;
	}

	@ModelAttribute("alertCounts")
	AlertCounts alertCounts() {
		return this.queue.counts();
	}

	/**
	 * Whether the signed-in user may work alerts (an officer or admin), not only read
	 * them.
	 */
	@ModelAttribute("mayWorkAlerts")
	boolean mayWorkAlerts(HttpServletRequest request) {
		return request.isUserInRole(ConsoleRole.OFFICER.name()) || request.isUserInRole(ConsoleRole.ADMIN.name());
	}

	@ModelAttribute("alertSound")
	AlertSoundProperties alertSound() {
		return this.sound;
	}

}
