package org.cloakroom.kiosk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The root goes to the kiosk screen, which is what a browser at the door should show. */
@Controller
class HomePage {

	@GetMapping("/")
	String home() {
		return "redirect:/kiosk";
	}

}
