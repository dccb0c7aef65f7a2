package org.cloakroom.kiosk.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.policy.AreaPolicyAdministration;
import org.cloakroom.kiosk.policy.AreaPolicySetting;
import org.cloakroom.kiosk.policy.Exemption;
import org.cloakroom.kiosk.policy.ExemptionGrant;
import org.cloakroom.kiosk.policy.PolicyExemptions;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin console's policy page: the area policy's settings, each with the effect of
 * its value in one sentence and where the value comes from, changed or given back to the
 * configuration; and the exemptions from storage, granted (phone, expiry, reason) and
 * revoked (reason). Each change is audited in the signed-in admin's name; a change
 * refused shows its words on the page, changing nothing.
 */
@Controller
class PolicyPage {

	private final AreaPolicyAdministration policy;

	private final PolicyExemptions exemptions;

	private final PhoneRegistry phones;

	private final EmployeeDirectory employees;

	private final RefusalWords words;

	private final Clock clock;

	PolicyPage(AreaPolicyAdministration policy, PolicyExemptions exemptions, PhoneRegistry phones,
			EmployeeDirectory employees, RefusalWords words, Clock clock) {
		this.policy = policy;
		this.exemptions = exemptions;
		this.phones = phones;
		this.employees = employees;
		this.words = words;
		this.clock = clock;
	}

	@GetMapping("/admin/policy")
	String page(Model model) {
		model.addAttribute("settings", this.policy.settings().stream().map(PolicySettingRow::of).toList());
		Map<EmployeeId, String> names = this.employees.all()
			.stream()
			.collect(Collectors.toMap(EmployeeRef::id, EmployeeRef::name));
		Map<PhoneId, PhoneRef> phones = this.phones.all()
			.stream()
			.collect(Collectors.toMap(PhoneRef::id, Function.identity()));
		model.addAttribute("phones",
				phones.values()
					.stream()
					.sorted(Comparator.comparing((PhoneRef phone) -> names.getOrDefault(phone.employeeId(), ""))
						.thenComparing(PhoneRef::label))
					.map((phone) -> new PhoneChoice(phone.id().value(), phone.label(), names.get(phone.employeeId())))
					.toList());
		model.addAttribute("exemptions", newestFirst(this.exemptions.all()).stream().map((exemption) -> {
			PhoneRef phone = (exemption.phoneId() != null) ? phones.get(exemption.phoneId()) : null;
			EmployeeId employee = (phone != null) ? phone.employeeId() : exemption.employeeId();
			return ExemptionRow.of(exemption, (phone != null) ? phone.label() : null, names.get(employee),
					this.clock.instant());
		}).toList());
		return "admin-policy";
	}

	@PostMapping("/admin/policy/area")
	String change(@RequestParam MultiValueMap<String, String> form, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		Map<AreaPolicySetting, String> values = new EnumMap<>(AreaPolicySetting.class);
		for (AreaPolicySetting setting : AreaPolicySetting.values()) {
			String value = form.getFirst(setting.key());
			if (value != null) {
				values.put(setting, value);
			}
		}
		return step(() -> this.policy.change(values, admin.name()), "admin.policy.changed", model, locale, response,
				done);
	}

	@PostMapping("/admin/policy/area/reset")
	String reset(@RequestParam String setting, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		List<AreaPolicySetting> settings = AreaPolicySetting.byKey(setting).map(List::of).orElse(List.of());
		return step(() -> this.policy.reset(settings, admin.name()), "admin.policy.reset-done", model, locale, response,
				done);
	}

	@PostMapping("/admin/policy/exemptions")
	String grant(@RequestParam long phoneId, @RequestParam String expiresAt, @RequestParam String reason,
			SignedInUser admin, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
		return step(() -> {
			PhoneId phone = PhoneId.of(phoneId);
			this.phones.byId(phone);
			this.exemptions.grant(new ExemptionGrant(phone, null, expiry(expiresAt), admin.name(), reason));
		}, "admin.policy.exemption.granted", model, locale, response, done);
	}

	@PostMapping("/admin/policy/exemptions/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(required = false) String because, SignedInUser admin,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
		if (because == null || because.isBlank()) {
			return refused(RefusalWords.words("admin.policy.exemption.revoke-reason-required", id), model, locale,
					response);
		}
		return step(() -> this.exemptions.revoke(id, admin.name(), because), "admin.policy.exemption.revoked", model,
				locale, response, done);
	}

	/**
	 * The expiry as the form's date and time field writes it, in UTC as the console shows
	 * times.
	 */
	private static Instant expiry(String expiresAt) {
		try {
			return LocalDateTime.parse(expiresAt.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new ExpiryRefusal(expiresAt);
		}
	}

	private static List<Exemption> newestFirst(List<Exemption> oldestFirst) {
		List<Exemption> newestFirst = new ArrayList<>(oldestFirst);
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	private String step(Runnable step, String doneKey, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes done) {
		try {
			step.run();
		}
		catch (Refusal refusal) {
			model.addAttribute("refused", this.words.of(refusal, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model);
		}
		done.addFlashAttribute("done", this.words.of(RefusalWords.words(doneKey), locale));
		return "redirect:/admin/policy";
	}

	private String refused(MessageSourceResolvable refusal, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("refused", this.words.of(refusal, locale));
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model);
	}

	/** A phone to choose for an exemption, with its employee's name. */
	record PhoneChoice(long id, String label, String employee) {
	}

	/** An expiry the form's field did not write as a date and time. */
	static final class ExpiryRefusal extends Refusal {

		ExpiryRefusal(String value) {
			super(Kind.INVALID, "admin-exemption-expiry", value);
		}

	}

}
