package org.cloakroom.kiosk.web.admin;

import org.cloakroom.kiosk.Homes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin} opens the console at its first section: the lockers at a door, the
 * catalogue in the central home (which has no lockers).
 */
@Controller
class AdminHomePage {

	private final String home;

	AdminHomePage(@Value("${" + Homes.PROPERTY + ":" + Homes.KIOSK + "}") String home) {
		this.home = home;
	}

	@GetMapping("/admin")
	String home() {
		return Homes.CENTRAL.equals(this.home) ? "redirect:/admin/catalogue" : "redirect:/admin/lockers";
	}

}
