package org.cloakroom.kiosk.web;

import java.security.Principal;
import java.util.Optional;

import org.cloakroom.kiosk.Homes;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.EmergencyView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the consoles shows in its header (officer-layout.html,
 * admin-layout.html): who is signed in, as {@code signedIn}, and the emergency release in
 * force, as {@code emergency} (null when none) for the banner of
 * {@code admin-layout :: emergency-banner}. The kiosk screen reads
 * {@link EmergencyRelease#current()} itself. {@code central} says whether this is the
 * central home, whose consoles cover every registered kiosk (the kiosks' admin page, the
 * kiosk and site of entries and alerts) and have no lockers section.
 */
@ControllerAdvice(basePackages = { "org.cloakroom.kiosk.web.officer", "org.cloakroom.kiosk.web.admin",
		"org.cloakroom.kiosk.web.account" })
class ConsoleModel {

	/** None in the central home: it has no locks to let go. */
	private final Optional<EmergencyRelease> release;

	private final boolean central;

	ConsoleModel(Optional<EmergencyRelease> release,
			@Value("${" + Homes.PROPERTY + ":" + Homes.KIOSK + "}") String home) {
		this.release = release;
		this.central = Homes.CENTRAL.equals(home);
	}

	@ModelAttribute("central")
	boolean central() {
		return this.central;
	}

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	@ModelAttribute("emergency")
	EmergencyView emergency() {
		return this.release.flatMap(EmergencyRelease::current).orElse(null);
	}

}
