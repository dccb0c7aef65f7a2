package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.enrolment.EmployeeView;
import org.cloakroom.kiosk.policy.DecisionChange;
import org.cloakroom.kiosk.policy.DecisionChanges;
import org.springframework.web.bind.annotation.RequestParam;
import org.cloakroom.kiosk.policy.PhoneDecisions;
import org.cloakroom.kiosk.enrolment.AppInventory;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of employees, phones, decisions, lockers and storages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "Employees, phones, lockers and storages")
class RegistryApi {

	private final EmployeeDirectory employees;

	private final PhoneRegistry phones;

	private final PhoneDecisions decisions;

	private final DecisionChanges changes;

	RegistryApi(EmployeeDirectory employees, PhoneRegistry phones, PhoneDecisions decisions, DecisionChanges changes) {
		this.changes = changes;
		this.employees = employees;
		this.phones = phones;
		this.decisions = decisions;
	}

	@GetMapping("/employees")
	@Operation(summary = "Employees by name, with whether each is active; search: part of a name or badge id")
	List<EmployeeView> employees(@RequestParam(required = false) String search) {
		return this.employees.search(search);
	}

	@GetMapping("/employees/{id}")
	EmployeeView employee(@PathVariable long id) {
		return this.employees.view(EmployeeId.of(id));
	}

	@GetMapping("/employees/{id}/phones")
	List<PhoneRef> phonesOf(@PathVariable long id) {
		employee(id);
		return this.phones.ofEmployee(EmployeeId.of(id));
	}

	@GetMapping("/phones/{id}")
	PhoneRef phone(@PathVariable long id) {
		return this.phones.byId(PhoneId.of(id));
	}

	@GetMapping("/phones/{id}/inventory")
	AppInventory inventory(@PathVariable long id) {
		this.phones.byId(PhoneId.of(id));
		return this.phones.currentInventory(PhoneId.of(id))
			.orElseThrow(() -> new NothingThere("request.no-inventory", id));
	}

	@GetMapping("/phones/{id}/decision")
	@Operation(summary = "Whether the phone must be stored, with every reason")
	DecisionView decision(@PathVariable long id) {
		return DecisionView.of(id, this.decisions.decide(id));
	}

	@GetMapping("/phones/{id}/decision/changes")
	@Operation(summary = "What would change the phone's decision: each fact changed in turn (a flagged app removed,"
			+ " a fresh declaration, an exemption) and the verdict it would give, decided again")
	List<DecisionChange> decisionChanges(@PathVariable long id) {
		return this.changes.of(this.decisions.facts(this.phones.byId(PhoneId.of(id))));
	}

}
