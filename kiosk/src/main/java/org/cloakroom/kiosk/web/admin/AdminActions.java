package org.cloakroom.kiosk.web.admin;

import java.util.Locale;
import java.util.function.Supplier;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a console form's action and answers where the browser goes next (post, redirect,
 * get): on a refusal, back to the page with the refusal's words shown once
 * ({@code problem}); otherwise where the action says, with {@code done} shown once.
 */
@Component
class AdminActions {

	private final RefusalWords words;

	AdminActions(RefusalWords words) {
		this.words = words;
	}

	String run(Supplier<String> action, String doneKey, String back, RedirectAttributes redirect, Locale locale) {
		try {
			String next = action.get();
			redirect.addFlashAttribute("done", doneKey);
			return "redirect:" + next;
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", this.words.of(refusal, locale));
			return "redirect:" + back;
		}
	}

}
