package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.web.ImportTypes;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.enrolment.Attestation;
import org.cloakroom.kiosk.enrolment.EmployeeAdministration;
import org.cloakroom.kiosk.enrolment.EmployeeView;
import org.cloakroom.kiosk.policy.FlaggedAppCatalogue;
import org.cloakroom.kiosk.web.SignedInUser;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.IdentityView;
import org.cloakroom.kiosk.enrolment.InventoryImport;
import org.cloakroom.kiosk.enrolment.InventoryImportRejected;
import org.cloakroom.kiosk.enrolment.InventoryImportResult;
import org.cloakroom.kiosk.enrolment.InventoryView;
import org.cloakroom.kiosk.enrolment.MdmFormat;
import org.cloakroom.kiosk.enrolment.PhoneDevices;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrolment through the API: employees, phones (with the device identifiers MDM exports
 * name them by), BLE identities (write-only for IRKs: no response carries one), the
 * employee's declarations, and MDM inventory imports and pushes (all or nothing, with a
 * preview that writes nothing); and an admin's changes to an employee (edit, deactivate,
 * reactivate, badge reset, PIN reset). Every change names the signed-in console user.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "enrolment", description = "Employees, phones, BLE identities, inventories and MDM imports")
class EnrolmentApi {

	private final Enrolment enrolment;

	private final PhoneRegistry phones;

	private final InventoryImport imports;

	private final EmployeeAdministration administration;

	private final FlaggedAppCatalogue catalogue;

	EnrolmentApi(Enrolment enrolment, PhoneRegistry phones, InventoryImport imports,
			EmployeeAdministration administration, FlaggedAppCatalogue catalogue) {
		this.enrolment = enrolment;
		this.phones = phones;
		this.imports = imports;
		this.administration = administration;
		this.catalogue = catalogue;
	}

	@PostMapping(path = "/employees", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enrol an employee (name, badge id, PIN, optional preferred language)")
	ResponseEntity<EmployeeRef> enrolEmployee(@RequestBody EnrolmentEmployeeRequest request, SignedInUser admin) {
		EmployeeRef employee = this.enrolment.enrolEmployee(request.name(), request.badgeId(), request.pin(),
				request.language(), admin.name());
		return created("/api/v1/employees/" + employee.id(), employee);
	}

	@PutMapping(path = "/employees/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Edit an employee's name and preferred language")
	EmployeeView edit(@PathVariable long id, @RequestBody EnrolmentEditRequest request, SignedInUser admin) {
		return this.administration.edit(EmployeeId.of(id), request.name(), request.language(), admin.name());
	}

	@PostMapping(path = "/employees/{id}/deactivation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Deactivate an employee, with a reason: the kiosk refuses them; their history stays")
	EmployeeView deactivate(@PathVariable long id, @RequestBody EnrolmentDeactivationRequest request,
			SignedInUser admin) {
		return this.administration.deactivate(EmployeeId.of(id), request.reason(), admin.name());
	}

	@DeleteMapping("/employees/{id}/deactivation")
	@Operation(summary = "Reactivate a deactivated employee")
	EmployeeView reactivate(@PathVariable long id, SignedInUser admin) {
		return this.administration.reactivate(EmployeeId.of(id), admin.name());
	}

	@PutMapping(path = "/employees/{id}/badge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Badge reset: replace the employee's badge; the old one no longer identifies them")
	EmployeeView resetBadge(@PathVariable long id, @RequestBody EnrolmentBadgeRequest request, SignedInUser admin) {
		return this.administration.resetBadge(EmployeeId.of(id), request.badgeId(), admin.name());
	}

	@PutMapping(path = "/employees/{id}/pin", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "PIN reset: set the employee's PIN anew (never shown or logged)")
	void resetPin(@PathVariable long id, @RequestBody EnrolmentPinRequest request, SignedInUser admin) {
		this.administration.resetPin(EmployeeId.of(id), request.pin(), admin.name());
	}

	@PostMapping(path = "/employees/{id}/phones", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enrol a phone for an employee, with optional serial, IMEI, UDID and MDM id")
	ResponseEntity<PhoneDevices> enrolPhone(@PathVariable long id, @RequestBody EnrolmentPhoneRequest request,
			SignedInUser admin) {
		PhoneRef phone = this.enrolment.enrolPhone(EmployeeId.of(id), request.label(), request.parsedPlatform(),
				request.deviceIds(), admin.name());
		return created("/api/v1/phones/" + phone.id(), this.phones.withDevices(phone.id()));
	}

	@GetMapping("/phones/{id}/devices")
	@Operation(summary = "The phone with its device identifiers")
	PhoneDevices devices(@PathVariable long id) {
		return this.phones.withDevices(PhoneId.of(id));
	}

	@PostMapping(path = "/phones/{id}/identities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a BLE identity: an IRK (hex or BlueZ info text), iBeacon, Eddystone-UID or address")
	ResponseEntity<IdentityView> addIdentity(@PathVariable long id, @RequestBody EnrolmentIdentityRequest request,
			SignedInUser admin) {
		IdentityView identity = this.enrolment.enrolIdentity(PhoneId.of(id), request.identity(), admin.name());
		return created("/api/v1/phones/" + id + "/identities/" + identity.id(), identity);
	}

	@GetMapping("/phones/{id}/identities")
	@Operation(summary = "The phone's BLE identities by kind and description; never an IRK")
	List<IdentityView> identities(@PathVariable long id) {
		return this.phones.identities(PhoneId.of(id));
	}

	@GetMapping("/phones/{id}/identities/{identityId}")
	IdentityView identity(@PathVariable long id, @PathVariable long identityId) {
		return this.phones.identities(PhoneId.of(id))
			.stream()
			.filter((identity) -> identity.id() == identityId)
			.findFirst()
			.orElseThrow(() -> new NothingThere("request.no-identity", id, identityId));
	}

	@PostMapping(path = "/phones/{id}/declarations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the employee's declaration of the phone's apps, attested now")
	ResponseEntity<InventoryView> declare(@PathVariable long id, @RequestBody EnrolmentDeclarationRequest request,
			SignedInUser admin) {
		long inventoryId = this.enrolment.declareInventory(PhoneId.of(id), request.appIdSet(), admin.name());
		return created("/api/v1/phones/" + id + "/inventories/" + inventoryId,
				this.phones.inventory(PhoneId.of(id), inventoryId));
	}

	@GetMapping("/phones/{id}/inventories/current")
	@Operation(summary = "The phone's newest inventory, its source and time, and whether attestation is overdue")
	InventoryView currentInventory(@PathVariable long id) {
		return this.phones.currentInventoryView(PhoneId.of(id));
	}

	@GetMapping("/phones/{id}/inventories/{inventoryId}")
	InventoryView inventory(@PathVariable long id, @PathVariable long inventoryId) {
		return this.phones.inventory(PhoneId.of(id), inventoryId);
	}

	@GetMapping("/phones/{id}/attestation")
	@Operation(summary = "When the phone's apps were last attested and whether re-attestation is overdue")
	Attestation attestation(@PathVariable long id) {
		this.phones.byId(PhoneId.of(id));
		return this.phones.attestation(PhoneId.of(id));
	}

	@PostMapping("/mdm/imports")
	@Operation(
			summary = "Import an MDM inventory file, all or nothing: generic-csv as text/csv, intune as text/csv"
					+ " or application/zip, generic-json and jamf as application/json",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "application/json", schema = @Schema(type = "object")),
					@Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")) }))
	InventoryImportResult importFile(@RequestParam String format, @RequestParam(required = false) String mdm,
			HttpServletRequest request, SignedInUser admin) throws IOException, HttpMediaTypeNotSupportedException {
		MdmFormat chosen = format(format);
		ImportTypes.mdm(chosen, request.getContentType());
		return this.imports.importFile(chosen, mdm, request.getInputStream(), admin.name());
	}

	@PostMapping("/mdm/imports/preview")
	@Operation(
			summary = "Import preview: what an MDM import of this file would record per phone (apps added and removed"
					+ " against its current inventory, flagged apps it brings); writes nothing",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "application/json", schema = @Schema(type = "object")),
					@Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")) }))
	EnrolmentImportPreview preview(@RequestParam String format, @RequestParam(required = false) String mdm,
			HttpServletRequest request) throws IOException, HttpMediaTypeNotSupportedException {
		MdmFormat chosen = format(format);
		ImportTypes.mdm(chosen, request.getContentType());
		return EnrolmentImportPreview.of(this.imports.preview(chosen, mdm, request.getInputStream()), this.catalogue);
	}

	@PostMapping("/mdm/inventories")
	@Operation(summary = "Push inventories from an MDM integration (the generic JSON format); all or nothing",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
	InventoryImportResult push(@RequestParam(required = false) String mdm, HttpServletRequest request,
			SignedInUser admin) throws IOException, HttpMediaTypeNotSupportedException {
		ImportTypes.mdm(MdmFormat.GENERIC_JSON, request.getContentType());
		return this.imports.importFile(MdmFormat.GENERIC_JSON, mdm, request.getInputStream(), admin.name());
	}

	/** A refused import lists every problem with its line, besides the summary. */
	@ExceptionHandler(InventoryImportRejected.class)
	ProblemDetail rejected(InventoryImportRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("urn:cloakroom:problem:import-rejected"));
		problem.setProperty("code", ex.code());
		problem.setProperty("problems", ex.problems());
		problem.setProperty("moreProblems", ex.more());
		return problem;
	}

	private static MdmFormat format(String format) {
		String name = String.valueOf(format).strip().toUpperCase(Locale.ROOT).replace('-', '_');
		try {
			return MdmFormat.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("request.mdm-format", format);
		}
	}

	private static <T> ResponseEntity<T> created(String location, T body) {
		return ResponseEntity.created(URI.create(location)).body(body);
	}

}
