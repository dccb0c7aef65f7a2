package org.cloakroom.kiosk.web;

import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.EmergencyView;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The emergency release in force, as {@code emergency} (null when none), for every page
 * of the consoles: the banner of {@code admin-layout :: emergency-banner} shows on each.
 * The kiosk screen reads {@link EmergencyRelease#current()} itself.
 */
@ControllerAdvice(basePackages = { "org.cloakroom.kiosk.web.officer", "org.cloakroom.kiosk.web.admin",
		"org.cloakroom.kiosk.web.account" })
class EmergencyModel {

	private final EmergencyRelease release;

	EmergencyModel(EmergencyRelease release) {
		this.release = release;
	}

	@ModelAttribute("emergency")
	EmergencyView emergency() {
		return this.release.current().orElse(null);
	}

}
