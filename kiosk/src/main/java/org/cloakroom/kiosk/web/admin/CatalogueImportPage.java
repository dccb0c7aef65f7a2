package org.cloakroom.kiosk.web.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.CatalogueFormat;
import org.cloakroom.kiosk.policy.CatalogueImportResult;
import org.cloakroom.kiosk.policy.CataloguePreview;
import org.cloakroom.kiosk.policy.CatalogueRefusedException;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's import: upload a CSV or JSON file, read the preview of what it would
 * add, change and retire (nothing written), then apply it or cancel. The file is uploaded
 * once and kept in the session between the two steps ({@link PendingCatalogueImport});
 * applying checks that the session still holds the file previewed, by its SHA-256.
 */
@Controller
@RequestMapping("/admin/catalogue/import")
class CatalogueImportPage {

	private final CatalogueAdministration catalogue;

	private final RefusalWords words;

	CatalogueImportPage(CatalogueAdministration catalogue, RefusalWords words) {
		this.catalogue = catalogue;
		this.words = words;
	}

	@GetMapping
	String upload(HttpSession session, Model model) {
		session.removeAttribute(PendingCatalogueImport.SESSION_KEY);
		return "admin-catalogue-import";
	}

	@PostMapping("/preview")
	String preview(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean retireMissing, HttpSession session, Model model,
			Locale locale) throws IOException {
		session.removeAttribute(PendingCatalogueImport.SESSION_KEY);
		CatalogueFormat format = formatOf(file);
		if (file.isEmpty() || format == null) {
			model.addAttribute("refusal", this.words.find("admin.catalogue.import.which-format",
					new Object[] { String.valueOf(file.getOriginalFilename()) }, locale));
			return "admin-catalogue-import";
		}
		byte[] content = file.getBytes();
		try {
			CataloguePreview preview = this.catalogue.preview(format, new java.io.ByteArrayInputStream(content),
					retireMissing);
			session.setAttribute(PendingCatalogueImport.SESSION_KEY, new PendingCatalogueImport(
					file.getOriginalFilename(), format, retireMissing, content, preview.fileSha256()));
			model.addAttribute("preview", preview);
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("retireMissing", retireMissing);
		}
		catch (Refusal refusal) {
			refused(model, refusal, locale);
		}
		return "admin-catalogue-import";
	}

	@PostMapping("/apply")
	String apply(@RequestParam String sha256, HttpSession session, Principal admin, Model model,
			RedirectAttributes redirect, Locale locale) {
		PendingCatalogueImport pending = (PendingCatalogueImport) session
			.getAttribute(PendingCatalogueImport.SESSION_KEY);
		if (pending == null || !pending.sha256().equals(sha256)) {
			model.addAttribute("refusal",
					this.words.find("admin.catalogue.import.not-previewed", new Object[0], locale));
			return "admin-catalogue-import";
		}
		try {
			CatalogueImportResult result = this.catalogue.importFile(pending.format(), pending.open(),
					pending.retireMissing(), admin.getName());
			session.removeAttribute(PendingCatalogueImport.SESSION_KEY);
			redirect.addFlashAttribute("imported", result);
			return "redirect:/admin/catalogue";
		}
		catch (Refusal refusal) {
			// the catalogue changed since the preview in a way the file now conflicts
			// with
			session.removeAttribute(PendingCatalogueImport.SESSION_KEY);
			refused(model, refusal, locale);
			return "admin-catalogue-import";
		}
	}

	@PostMapping("/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(PendingCatalogueImport.SESSION_KEY);
		return "redirect:/admin/catalogue";
	}

	private void refused(Model model, Refusal refusal, Locale locale) {
		model.addAttribute("refusal", this.words.of(refusal, locale));
		model.addAttribute("problems", (refusal instanceof CatalogueRefusedException bad) ? bad.problems() : List.of());
	}

	/** CSV or JSON by the file's name, else its type; null when neither says. */
	private static CatalogueFormat formatOf(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		String type = String.valueOf(file.getContentType()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || type.startsWith("text/csv")) {
			return CatalogueFormat.CSV;
		}
		if (name.endsWith(".json") || type.startsWith("application/json")) {
			return CatalogueFormat.JSON;
		}
		return null;
	}

}
