package org.cloakroom.kiosk.web.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.policy.ChecklistItem;
import org.cloakroom.kiosk.policy.Exemption;
import org.cloakroom.kiosk.policy.ExemptionGrant;
import org.cloakroom.kiosk.policy.FlaggedAppCatalogue;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.policy.PolicyExemptions;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The area policy's administration: exemptions from storage (granted, listed, revoked,
 * each audited in the signed-in console user's name) and the declaration checklist the
 * enrolment screen builds from the catalogue.
 */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "policy", description = "Exemptions from storage and the declaration checklist")
class PolicyApi {

	private final PolicyExemptions exemptions;

	private final FlaggedAppCatalogue catalogue;

	private final PhoneRegistry phones;

	private final EmployeeDirectory employees;

	private final Clock clock;

	PolicyApi(PolicyExemptions exemptions, FlaggedAppCatalogue catalogue, PhoneRegistry phones,
			EmployeeDirectory employees, Clock clock) {
		this.exemptions = exemptions;
		this.catalogue = catalogue;
		this.phones = phones;
		this.employees = employees;
		this.clock = clock;
	}

	@GetMapping("/exemptions")
	@Operation(summary = "Every exemption, expired and revoked ones too, with its state now")
	List<PolicyExemptionView> exemptions() {
		return this.exemptions.all().stream().map(this::view).toList();
	}

	@GetMapping("/exemptions/{id}")
	PolicyExemptionView exemption(@PathVariable long id) {
		return view(this.exemptions.get(id));
	}

	@PostMapping(path = "/exemptions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Exempt a phone (phoneId) or every phone of an employee (employeeId) until expiresAt")
	ResponseEntity<PolicyExemptionView> grant(@RequestBody PolicyExemptionRequest request, SignedInUser admin) {
		ExemptionGrant grant = new ExemptionGrant(request.phone(), request.employee(),
				instant("expiresAt", request.expiresAt()), admin.name(), request.reason());
		requireEnrolled(grant);
		Exemption exemption = this.exemptions.grant(grant);
		return ResponseEntity.created(URI.create("/api/v1/policy/exemptions/" + exemption.id())).body(view(exemption));
	}

	@PostMapping(path = "/exemptions/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Revoke an exemption: it stops at once and stays for the record")
	PolicyExemptionView revoke(@PathVariable long id, @RequestBody PolicyRevokeRequest request, SignedInUser admin) {
		return view(this.exemptions.revoke(id, admin.name(), request.because()));
	}

	@GetMapping("/checklist")
	@Operation(summary = "The declaration checklist: entries with identifiers on platform=ANDROID or IOS")
	List<ChecklistItem> checklist(@RequestParam String platform) {
		return this.catalogue.checklist(platform(platform));
	}

	private void requireEnrolled(ExemptionGrant grant) {
		if (grant.phoneId() != null) {
			try {
				this.phones.byId(grant.phoneId());
			}
			catch (NotFoundException ex) {
				throw new InvalidRequest("request.not-an-enrolled-phone", grant.phoneId());
			}
		}
		if (grant.employeeId() != null && this.employees.byId(grant.employeeId()).isEmpty()) {
			throw new InvalidRequest("request.not-an-enrolled-employee", grant.employeeId());
		}
	}

	private PolicyExemptionView view(Exemption exemption) {
		return PolicyExemptionView.of(exemption, this.clock.instant());
	}

	private static Instant instant(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequest("request.instant", field, value);
		}
	}

	private static Platform platform(String value) {
		try {
			return Platform.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("request.platform-parameter", value);
		}
	}

}
