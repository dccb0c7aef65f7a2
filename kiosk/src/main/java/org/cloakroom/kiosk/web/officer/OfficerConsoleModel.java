package org.cloakroom.kiosk.web.officer;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the officer console shows in its header
 * ({@code templates/officer-layout.html}): who is signed in. Section pages live in this
 * package so that they all get it.
 */
@ControllerAdvice(basePackageClasses = OfficerConsoleModel.class)
class OfficerConsoleModel {

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
