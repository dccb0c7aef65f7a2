package org.cloakroom.kiosk.web.admin;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the admin console shows in its header
 * ({@code templates/admin-layout.html}): who is signed in. Section pages live in this
 * package so that they all get it.
 */
@ControllerAdvice(basePackageClasses = AdminConsoleModel.class)
class AdminConsoleModel {

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
