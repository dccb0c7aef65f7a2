package org.cloakroom.kiosk.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin} opens the console at its first section, the lockers. */
@Controller
class AdminHomePage {

	@GetMapping("/admin")
	String home() {
		return "redirect:/admin/lockers";
	}

}
