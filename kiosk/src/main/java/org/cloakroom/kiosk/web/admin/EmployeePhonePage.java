package org.cloakroom.kiosk.web.admin;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.policy.PhoneDecisions;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.enrolment.SpotCalibration;
import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.DecisionChanges;
import org.cloakroom.kiosk.policy.PlainReasons;
import org.cloakroom.kiosk.web.SignedInUser;
import org.cloakroom.kiosk.web.api.EnrolmentIdentityRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One phone in the admin console: its BLE identities (an IRK is entered once and never
 * shown again: kind, date and a short fingerprint only) with a form to add one, its
 * inventories (declared and attested, MDM-imported, with dates) with a declaration form,
 * its phone calibration (spot levels per identity and adapter) with the button that
 * calibrates it at the kiosk's spot, and its decision: the reasons in plain English and
 * what would change it ({@link DecisionChanges}, decided again, not guessed).
 */
@Controller
@RequestMapping("/admin/employees/phones/{id}")
class EmployeePhonePage {

	/** Inventories shown, newest first. */
	static final int INVENTORIES = 10;

	private final PhoneRegistry phones;

	private final EmployeeDirectory employees;

	private final PhoneDecisions decisions;

	private final DecisionChanges changes;

	private final PlainReasons reasons;

	private final Enrolment enrolment;

	private final AdminActions actions;

	/** None in the central home: it has no spot and no radio. */
	private final Optional<SpotCalibration> calibration;

	EmployeePhonePage(PhoneRegistry phones, EmployeeDirectory employees, PhoneDecisions decisions,
			DecisionChanges changes, PlainReasons reasons, Enrolment enrolment, AdminActions actions,
			Optional<SpotCalibration> calibration) {
		this.phones = phones;
		this.employees = employees;
		this.decisions = decisions;
		this.changes = changes;
		this.reasons = reasons;
		this.enrolment = enrolment;
		this.actions = actions;
		this.calibration = calibration;
	}

	@GetMapping
	String phone(@PathVariable long id, Model model, HttpServletResponse response) {
		PhoneRef phone;
		try {
			phone = this.phones.byId(PhoneId.of(id));
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("missing", Long.toString(id)); // an id, not a number to
																// group
			return "admin-employees-phone";
		}
		Decision decision = this.decisions.decide(phone);
		model.addAttribute("phone", phone);
		model.addAttribute("employee", this.employees.view(phone.employeeId()));
		model.addAttribute("devices", this.phones.withDevices(phone.id()).deviceIds());
		model.addAttribute("identities", this.phones.identities(phone.id()));
		model.addAttribute("inventories", this.phones.inventories(phone.id(), INVENTORIES));
		model.addAttribute("attestation", this.phones.attestation(phone.id()));
		model.addAttribute("calibration", this.calibration.map((spot) -> spot.of(phone.id())).orElse(null));
		model.addAttribute("decision", decision);
		// the console is in English (as its bundles are); the kiosk speaks the employee's
		// language
		model.addAttribute("reasons", this.reasons.of(decision, Locale.ENGLISH));
		model.addAttribute("changes", this.changes.of(this.decisions.facts(phone)));
		return "admin-employees-phone";
	}

	@PostMapping("/identities")
	String addIdentity(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) String key,
			@RequestParam(required = false) String uuid, @RequestParam(required = false) Integer major,
			@RequestParam(required = false) Integer minor, @RequestParam(required = false) String namespace,
			@RequestParam(required = false) String instance, @RequestParam(required = false) String address,
			SignedInUser admin, RedirectAttributes redirect, Locale locale) {
		String page = page(id);
		return this.actions.run(() -> {
			EnrolmentIdentityRequest request = new EnrolmentIdentityRequest(kind, key, uuid, major, minor, namespace,
					instance, address);
			this.enrolment.enrolIdentity(PhoneId.of(id), request.identity(), admin.name());
			return page;
		}, "admin.employees.done.identity-added", page, redirect, locale);
	}

	/**
	 * Calibrates the phone at the kiosk's spot: the employee has held it there, awake,
	 * for the last few seconds.
	 */
	@PostMapping("/calibration")
	String calibrate(@PathVariable long id, SignedInUser admin, RedirectAttributes redirect, Locale locale) {
		String page = page(id);
		return this.actions.run(() -> {
			this.calibration.orElseThrow(() -> new NotFoundException("Calibration", id))
				.calibrate(PhoneId.of(id), admin.name());
			return page;
		}, "admin.employees.done.calibrated", page, redirect, locale);
	}

	@PostMapping("/declarations")
	String declare(@PathVariable long id, @RequestParam(defaultValue = "") String apps, SignedInUser admin,
			RedirectAttributes redirect, Locale locale) {
		String page = page(id);
		return this.actions.run(() -> {
			this.enrolment.declareInventory(PhoneId.of(id), appIds(apps), admin.name());
			return page;
		}, "admin.employees.done.declared", page, redirect, locale);
	}

	/** App ids one per line or separated by commas; blank lines ignored. */
	static Set<String> appIds(String apps) {
		Set<String> ids = new LinkedHashSet<>();
		Arrays.stream(apps.split("[,\\r\\n]+")).map(String::strip).filter((app) -> !app.isEmpty()).forEach(ids::add);
		return ids;
	}

	private static String page(long id) {
		return "/admin/employees/phones/" + id;
	}

}
