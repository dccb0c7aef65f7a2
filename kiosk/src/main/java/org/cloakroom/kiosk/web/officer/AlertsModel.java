package org.cloakroom.kiosk.web.officer;

import jakarta.servlet.http.HttpServletRequest;

import org.cloakroom.kiosk.alert.AlertCounts;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;

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

	private final RunTimeSettings settings;

	AlertsModel(AlertQueue queue, AlertSoundProperties sound, RunTimeSettings settings) {
		this.queue = queue;
		this.sound = sound;
		this.settings = settings;
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

	/** As configured, or as an admin set it on the console since. */
	@ModelAttribute("alertSound")
	AlertSoundProperties alertSound() {
		return new AlertSoundProperties(this.settings.flag(RunTimeSetting.ALERT_SOUND_ENABLED, this.sound.enabled()),
				this.settings.wholeNumber(RunTimeSetting.ALERT_SOUND_FREQUENCY, this.sound.frequency()),
				this.settings.duration(RunTimeSetting.ALERT_SOUND_DURATION, this.sound.duration()));
	}

}
