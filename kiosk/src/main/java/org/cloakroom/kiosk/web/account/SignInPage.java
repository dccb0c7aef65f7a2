package org.cloakroom.kiosk.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security's form sign-in takes its post and sends a failure
 * back here with {@code ?failed}, a sign-out with {@code ?signedOut}.
 */
@Controller
class SignInPage {

	@GetMapping("/signin")
	String page() {
		return "signin";
	}

}
