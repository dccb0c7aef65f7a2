package org.cloakroom.kiosk.web.admin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.fleet.ingest.KioskRegistration;
import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The central admin console's kiosks page: the registered kiosks with their state, last
 * contact, lag, chain and configuration version; a kiosk registered there gets its join
 * code, shown in this answer only (never redirected, never kept) with the command that
 * joins it; a revocation asks first, on a page of its own, and is taken only when
 * confirmed there. Central only: a kiosk has no kiosks.
 */
@Controller
@CentralHome
class KiosksPage {

	private final RegisteredKiosks kiosks;

	private final RefusalWords words;

	KiosksPage(RegisteredKiosks kiosks, RefusalWords words) {
		this.kiosks = kiosks;
		this.words = words;
	}

	@GetMapping("/admin/kiosks")
	String page(Model model) {
		model.addAttribute("kiosks", this.kiosks.list());
		return "admin-kiosks";
	}

	@PostMapping("/admin/kiosks")
	String register(@RequestParam(required = false) String name, @RequestParam(required = false) String site,
			SignedInUser admin, Model model, Locale locale, HttpServletResponse response) {
		try {
			KioskRegistration registration = this.kiosks.register(name, site, admin.name());
			model.addAttribute("registration", registration);
			model.addAttribute("centralUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			response.setHeader("Cache-Control", "no-store");
		}
		catch (Refusal refusal) {
			refused(refusal, model, locale, response);
		}
		return page(model);
	}

	/** The question before a revocation: nothing is revoked until it is answered. */
	@GetMapping("/admin/kiosks/{name}/revocation")
	String confirmRevocation(@PathVariable String name, Model model) {
		model.addAttribute("revoking", name);
		return page(model);
	}

	@PostMapping("/admin/kiosks/{name}/revocation")
	String revoke(@PathVariable String name, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		try {
			this.kiosks.revoke(name, admin.name());
			done.addFlashAttribute("done", this.words.of(RefusalWords.words("admin-kiosks.revoked", name), locale));
			return "redirect:/admin/kiosks";
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
