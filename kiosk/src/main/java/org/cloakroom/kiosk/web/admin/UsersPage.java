package org.cloakroom.kiosk.web.admin;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUser;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin console's users page: the console users with their role and state, created,
 * given another role, disabled and enabled, their password reset. A new user and a reset
 * get a one-time password that this answer shows once (never redirected, never kept) and
 * that the user must change at the next sign-in. Each change is audited by
 * {@link ConsoleUsers} in the signed-in admin's name; one that would leave no enabled
 * admin is refused in words.
 */
@Controller
class UsersPage {

	private final ConsoleUsers users;

	private final OneTimePasswords passwords;

	private final RefusalWords words;

	UsersPage(ConsoleUsers users, OneTimePasswords passwords, RefusalWords words) {
		this.users = users;
		this.passwords = passwords;
		this.words = words;
	}

	@GetMapping("/admin/users")
	String page(Model model) {
		model.addAttribute("users", this.users.list());
		model.addAttribute("roles", ConsoleRole.values());
		return "admin-users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam(required = false) ConsoleRole role, SignedInUser admin,
			Model model, Locale locale, HttpServletResponse response) {
		String password = this.passwords.next();
		return shown(() -> this.users.create(username, role, password, admin.name()), password, "admin.users.created",
				model, locale, response);
	}

	@PostMapping("/admin/users/{username}/password-reset")
	String resetPassword(@PathVariable String username, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response) {
		String password = this.passwords.next();
		return shown(() -> this.users.resetPassword(username, password, admin.name()), password,
				"admin.users.password-reset", model, locale, response);
	}

	@PostMapping("/admin/users/{username}/role")
	String changeRole(@PathVariable String username, @RequestParam(required = false) ConsoleRole role,
			SignedInUser admin, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
		return step(() -> this.users.changeRole(username, role, admin.name()), "admin.users.role-changed", model,
				locale, response, done);
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(@PathVariable String username, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		return step(() -> this.users.disable(username, admin.name()), "admin.users.disabled", model, locale, response,
				done);
	}

	@PostMapping("/admin/users/{username}/enable")
	String enable(@PathVariable String username, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		return step(() -> this.users.enable(username, admin.name()), "admin.users.enabled", model, locale, response,
				done);
	}

	/** The page with the one-time password, shown in this answer and nowhere else. */
	private String shown(Supplier<ConsoleUser> step, String password, String doneKey, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			ConsoleUser user = step.get();
			model.addAttribute("done", this.words.of(RefusalWords.words(doneKey, user.username()), locale));
			model.addAttribute("oneTimePassword", password);
			model.addAttribute("oneTimeUser", user.username());
			response.setHeader("Cache-Control", "no-store");
		}
		catch (Refusal refusal) {
			refused(refusal, model, locale, response);
		}
		return page(model);
	}

	private String step(Supplier<ConsoleUser> step, String doneKey, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		try {
			ConsoleUser user = step.get();
			done.addFlashAttribute("done", this.words.of(RefusalWords.words(doneKey, user.username()), locale));
			return "redirect:/admin/users";
		}
		catch (Refusal refusal) {
			refused(refusal, model, locale, response);
			return page(model);
		}
	}

	private void refused(Refusal refusal, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("refused", this.words.of(refusal, locale));
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

}
