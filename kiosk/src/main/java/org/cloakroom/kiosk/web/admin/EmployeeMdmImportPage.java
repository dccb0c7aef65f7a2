package org.cloakroom.kiosk.web.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.cloakroom.kiosk.enrolment.InventoryImport;
import org.cloakroom.kiosk.enrolment.InventoryImportPreview;
import org.cloakroom.kiosk.enrolment.InventoryImportRejected;
import org.cloakroom.kiosk.enrolment.InventoryImportResult;
import org.cloakroom.kiosk.enrolment.MdmFormat;
import org.cloakroom.kiosk.policy.FlaggedAppCatalogue;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;
import org.cloakroom.kiosk.web.api.EnrolmentImportPreview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MDM import in the admin console: choose a file and its format, read the import
 * preview (what each phone's inventory would become, apps added and removed, flagged apps
 * it brings; nothing written), then apply. The file is kept in the admin's session
 * between the two steps, and the apply step re-reads those same bytes (checked by their
 * SHA-256).
 */
@Controller
@RequestMapping("/admin/employees/mdm")
class EmployeeMdmImportPage {

	private static final String PENDING = EmployeeMdmImportPage.class.getName() + ".pending";

	private final InventoryImport imports;

	private final FlaggedAppCatalogue catalogue;

	private final RefusalWords words;

	EmployeeMdmImportPage(InventoryImport imports, FlaggedAppCatalogue catalogue, RefusalWords words) {
		this.imports = imports;
		this.catalogue = catalogue;
		this.words = words;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("formats", MdmFormat.values());
		return "admin-employees-mdm";
	}

	@PostMapping("/preview")
	String preview(@RequestParam String format, @RequestParam(required = false) String mdm,
			@RequestParam MultipartFile file, HttpSession session, Model model, Locale locale) throws IOException {
		model.addAttribute("formats", MdmFormat.values());
		MdmFormat chosen = format(format);
		if (chosen == null) {
			model.addAttribute("problem",
					this.words.of(RefusalWords.words("admin.employees.mdm.format-unknown", format), locale));
			return "admin-employees-mdm";
		}
		byte[] bytes = file.getBytes();
		String name = (mdm == null || mdm.isBlank()) ? null : mdm;
		try {
			InventoryImportPreview preview = this.imports.preview(chosen, name, new ByteArrayInputStream(bytes));
			session.setAttribute(PENDING, new PendingMdmImport(chosen, name, bytes, preview.fileSha256()));
			model.addAttribute("preview", EnrolmentImportPreview.of(preview, this.catalogue));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InventoryImportRejected rejected) {
			model.addAttribute("problem", this.words.of(rejected, locale));
			model.addAttribute("problems", rejected.problems());
		}
		return "admin-employees-mdm";
	}

	@PostMapping("/apply")
	String apply(@RequestParam String sha256, SignedInUser admin, HttpSession session, RedirectAttributes redirect,
			Locale locale) {
		Object pending = session.getAttribute(PENDING);
		if (!(pending instanceof PendingMdmImport file) || !file.sha256().equals(sha256)) {
			redirect.addFlashAttribute("problem",
					this.words.of(RefusalWords.words("admin.employees.mdm.no-preview"), locale));
			return "redirect:/admin/employees/mdm";
		}
		try {
			InventoryImportResult result = this.imports.importFile(file.format(), file.mdm(),
					new ByteArrayInputStream(file.bytes()), admin.name());
			session.removeAttribute(PENDING);
			redirect.addFlashAttribute("result", result);
		}
		catch (InventoryImportRejected rejected) {
			redirect.addFlashAttribute("problem", this.words.of(rejected, locale));
		}
		return "redirect:/admin/employees/mdm";
	}

	private static MdmFormat format(String format) {
		for (MdmFormat one : MdmFormat.values()) {
			if (one.name().equalsIgnoreCase(String.valueOf(format).strip())) {
				return one;
			}
		}
		return null;
	}

	/** A previewed file waiting for its apply step, in the admin's session. */
	record PendingMdmImport(MdmFormat format, String mdm, byte[] bytes, String sha256) implements Serializable {

		PendingMdmImport {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PendingMdmImport that && this.format == that.format
					&& Objects.equals(this.mdm, that.mdm) && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.format, this.mdm, Arrays.hashCode(this.bytes));
		}

		@Override
		public String toString() {
			return "PendingMdmImport[" + this.format + ", " + this.bytes.length + " bytes, " + this.sha256 + "]";
		}

	}

}
