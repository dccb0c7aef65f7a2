package org.cloakroom.kiosk.web.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.security.ConsoleUser;
import org.cloakroom.kiosk.security.ConsoleUserDetails;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in console user changes their own password, giving the current one. One who
 * had to (a one-time or reset password) holds their role from then on, in this session
 * too.
 */
@Controller
@RequestMapping("/account/password")
class PasswordPage {

	private final ConsoleUsers users;

	private final RefusalWords words;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	PasswordPage(ConsoleUsers users, RefusalWords words) {
		this.users = users;
		this.words = words;
	}

	@GetMapping
	String page(Authentication who, Model model) {
		model.addAttribute("username", who.getName());
		model.addAttribute("mustChange",
				who.getAuthorities()
					.stream()
					.anyMatch((granted) -> ConsoleUserDetails.PASSWORD_CHANGE_REQUIRED.equals(granted.getAuthority())));
		return "password";
	}

	@PostMapping
	String change(Authentication who, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeated,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!newPassword.equals(repeated)) {
			return refused(who, model, this.words.of("account.password.not-repeated", locale), response);
		}
		ConsoleUser changed;
		try {
			changed = this.users.changeOwnPassword(who.getName(), currentPassword, newPassword);
		}
		catch (Refusal refusal) {
			return refused(who, model, this.words.of(refusal, locale), response);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.getName(), null,
				ConsoleUserDetails.authorities(changed.role())));
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
		return "redirect:/officer";
	}

	private String refused(Authentication who, Model model, String message, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("refusal", message);
		return page(who, model);
	}

}
