package org.cloakroom.kiosk.web.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.CatalogueEntry;
import org.cloakroom.kiosk.policy.CatalogueRefusedException;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue section: the entries, searched by id, name, publisher or identifier, with
 * the retired ones on request; add, edit (sources and the text in each kiosk language on
 * the form) and retire with a reason, each in the signed-in admin's name. A refused form
 * comes back as typed, with every problem listed.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CataloguePage {

	private final CatalogueAdministration catalogue;

	private final JsonMapper json;

	private final RefusalWords words;

	CataloguePage(CatalogueAdministration catalogue, JsonMapper json, RefusalWords words) {
		this.catalogue = catalogue;
		this.json = json;
		this.words = words;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean retired,
			Model model) {
		String query = (q != null) ? q.strip() : "";
		List<CatalogueEntry> entries = this.catalogue.list(retired)
			.stream()
			.filter((entry) -> matches(entry, query.toLowerCase(Locale.ROOT)))
			.toList();
		model.addAttribute("query", query);
		model.addAttribute("retired", retired);
		model.addAttribute("entries", entries);
		return "admin-catalogue";
	}

	@GetMapping("/new")
	String add(Model model) {
		return form(model, CatalogueForm.empty(), null, List.of(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") CatalogueForm form, Principal admin, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			CatalogueEntry created = this.catalogue.create(form.toJson(this.json, true), admin.getName());
			redirect.addFlashAttribute("saved", created.app().id());
			return "redirect:/admin/catalogue/" + created.app().id();
		}
		catch (Refusal refusal) {
			return refused(model, form, null, refusal, locale);
		}
	}

	@GetMapping("/{id}")
	String entry(@PathVariable String id, Model model, HttpServletResponse response) {
		try {
			CatalogueEntry entry = this.catalogue.get(id);
			return form(model, CatalogueForm.of(entry.app()), entry, List.of(), null);
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("missing", id);
			return "admin-catalogue-entry";
		}
	}

	@PostMapping("/{id}")
	String edit(@PathVariable String id, @ModelAttribute("form") CatalogueForm form, Principal admin, Model model,
			RedirectAttributes redirect, Locale locale) {
		form.setId(id);
		try {
			this.catalogue.edit(id, form.toJson(this.json, false), admin.getName());
			redirect.addFlashAttribute("saved", id);
			return "redirect:/admin/catalogue/" + id;
		}
		catch (Refusal refusal) {
			return refused(model, form, this.catalogue.get(id), refusal, locale);
		}
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable String id, @RequestParam(defaultValue = "") String because, Principal admin,
			Model model, RedirectAttributes redirect, Locale locale) {
		CatalogueEntry entry = this.catalogue.get(id);
		if (because.isBlank()) {
			model.addAttribute("retireRefusal",
					this.words.find("admin.catalogue.retire.because-missing", new Object[0], locale));
			return form(model, CatalogueForm.of(entry.app()), entry, List.of(), null);
		}
		try {
			this.catalogue.retire(id, because, admin.getName());
			redirect.addFlashAttribute("retiredNow", id);
			return "redirect:/admin/catalogue";
		}
		catch (Refusal refusal) {
			model.addAttribute("retireRefusal", this.words.of(refusal, locale));
			return form(model, CatalogueForm.of(entry.app()), entry, List.of(), null);
		}
	}

	private String refused(Model model, CatalogueForm form, CatalogueEntry entry, Refusal refusal, Locale locale) {
		List<?> problems = (refusal instanceof CatalogueRefusedException bad) ? bad.problems() : List.of();
		return form(model, form.padded(), entry, problems, this.words.of(refusal, locale));
	}

	private static String form(Model model, CatalogueForm form, CatalogueEntry entry, List<?> problems,
			String refusal) {
		model.addAttribute("form", form);
		model.addAttribute("entry", entry);
		model.addAttribute("problems", problems);
		model.addAttribute("refusal", refusal);
		model.addAttribute("languages", CatalogueForm.LANGUAGES);
		return "admin-catalogue-entry";
	}

	private static boolean matches(CatalogueEntry entry, String query) {
		if (query.isEmpty()) {
			return true;
		}
		var app = entry.app();
		return contains(app.id(), query) || contains(app.name(), query) || contains(app.publisher(), query)
				|| app.identifiers().stream().anyMatch((identifier) -> contains(identifier.identifier(), query))
				|| app.text().values().stream().anyMatch((text) -> contains(text.name(), query));
	}

	private static boolean contains(String value, String query) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(query);
	}

}
