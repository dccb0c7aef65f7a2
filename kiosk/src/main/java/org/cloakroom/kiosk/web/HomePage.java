package org.cloakroom.kiosk.web;

import org.cloakroom.kiosk.Homes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The root goes to the kiosk screen, which is what a browser at the door should show; in
 * the central home, which has no kiosk screen, to the officer console.
 */
@Controller
class HomePage {

	private final String home;

	HomePage(@Value("${" + Homes.PROPERTY + ":" + Homes.KIOSK + "}") String home) {
		this.home = home;
	}

	@GetMapping("/")
	String home() {
		return Homes.CENTRAL.equals(this.home) ? "redirect:/officer" : "redirect:/kiosk";
	}

}
