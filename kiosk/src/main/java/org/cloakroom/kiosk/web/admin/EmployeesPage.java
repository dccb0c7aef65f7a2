package org.cloakroom.kiosk.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.DeviceIds;
import org.cloakroom.kiosk.enrolment.EmployeeAdministration;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employees section: list and search, enrol (name, badge, PIN, preferred language),
 * and one employee's page: edit, deactivate or reactivate, badge reset, PIN reset, their
 * phones and enrolling another. Each action is recorded in the signed-in admin's name.
 */
@Controller
@RequestMapping("/admin/employees")
class EmployeesPage {

	/** The kiosk languages an employee may prefer (BCP 47), the first the default. */
	static final List<String> LANGUAGES = List.of("en", "zh-CN", "es");

	private final EmployeeDirectory directory;

	private final EmployeeAdministration administration;

	private final Enrolment enrolment;

	private final PhoneRegistry phones;

	private final AdminActions actions;

	EmployeesPage(EmployeeDirectory directory, EmployeeAdministration administration, Enrolment enrolment,
			PhoneRegistry phones, AdminActions actions) {
		this.directory = directory;
		this.administration = administration;
		this.enrolment = enrolment;
		this.phones = phones;
		this.actions = actions;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("query", (q != null) ? q : "");
		model.addAttribute("employees", this.directory.search(q));
		model.addAttribute("languages", LANGUAGES);
		return "admin-employees";
	}

	@PostMapping
	String enrol(@RequestParam String name, @RequestParam String badgeId, @RequestParam String pin,
			@RequestParam(required = false) String language, SignedInUser admin, RedirectAttributes redirect,
			Locale locale) {
		return this.actions.run(
				() -> "/admin/employees/"
						+ this.enrolment.enrolEmployee(name, badgeId, pin, language, admin.name()).id().value(),
				"admin.employees.done.enrolled", "/admin/employees", redirect, locale);
	}

	@GetMapping("/{id}")
	String employee(@PathVariable long id, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("employee", this.directory.view(EmployeeId.of(id)));
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("missing", Long.toString(id)); // an id, not a number to
																// group
			return "admin-employees-employee";
		}
		model.addAttribute("phones", this.phones.ofEmployee(EmployeeId.of(id)));
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("platforms", Platform.values());
		return "admin-employees-employee";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String language,
			SignedInUser admin, RedirectAttributes redirect, Locale locale) {
		return act(id, () -> this.administration.edit(EmployeeId.of(id), name, language, admin.name()),
				"admin.employees.done.edited", redirect, locale);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam String reason, SignedInUser admin,
			RedirectAttributes redirect, Locale locale) {
		return act(id, () -> this.administration.deactivate(EmployeeId.of(id), reason, admin.name()),
				"admin.employees.done.deactivated", redirect, locale);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, SignedInUser admin, RedirectAttributes redirect, Locale locale) {
		return act(id, () -> this.administration.reactivate(EmployeeId.of(id), admin.name()),
				"admin.employees.done.reactivated", redirect, locale);
	}

	@PostMapping("/{id}/badge")
	String resetBadge(@PathVariable long id, @RequestParam String badgeId, SignedInUser admin,
			RedirectAttributes redirect, Locale locale) {
		return act(id, () -> this.administration.resetBadge(EmployeeId.of(id), badgeId, admin.name()),
				"admin.employees.done.badge-reset", redirect, locale);
	}

	@PostMapping("/{id}/pin")
	String resetPin(@PathVariable long id, @RequestParam String pin, SignedInUser admin, RedirectAttributes redirect,
			Locale locale) {
		return act(id, () -> {
			this.administration.resetPin(EmployeeId.of(id), pin, admin.name());
			return null;
		}, "admin.employees.done.pin-reset", redirect, locale);
	}

	@PostMapping("/{id}/phones")
	String enrolPhone(@PathVariable long id, @RequestParam String label, @RequestParam String platform,
			@RequestParam(required = false) String serial, @RequestParam(required = false) String imei,
			@RequestParam(required = false) String udid, @RequestParam(required = false) String mdmId,
			SignedInUser admin, RedirectAttributes redirect, Locale locale) {
		DeviceIds devices = new DeviceIds(blankless(serial), blankless(imei), blankless(udid), blankless(mdmId));
		return this.actions.run(
				() -> "/admin/employees/phones/"
						+ this.enrolment.enrolPhone(EmployeeId.of(id), label, platform(platform), devices, admin.name())
							.id()
							.value(),
				"admin.employees.done.phone-enrolled", "/admin/employees/" + id, redirect, locale);
	}

	private String act(long id, Supplier<?> action, String doneKey, RedirectAttributes redirect, Locale locale) {
		String page = "/admin/employees/" + id;
		return this.actions.run(() -> {
			action.get();
			return page;
		}, doneKey, page, redirect, locale);
	}

	/** A form's empty field is no value. */
	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * The platform a form chose; none for anything else, which enrolment refuses by name.
	 */
	static Platform platform(String platform) {
		for (Platform one : Platform.values()) {
			if (one.name().equalsIgnoreCase(String.valueOf(platform).strip())) {
				return one;
			}
		}
		return null;
	}

}
