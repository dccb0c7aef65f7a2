package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.checkin.PhoneDecisions;
import org.cloakroom.kiosk.checkin.SessionView;
import org.cloakroom.kiosk.checkin.StorageSessions;
import org.cloakroom.kiosk.enrolment.AppInventory;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of employees, phones, decisions, lockers and storage sessions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "Employees, phones, lockers and sessions")
class RegistryApi {

	private final EmployeeDirectory employees;

	private final PhoneRegistry phones;

	private final PhoneDecisions decisions;

	private final Lockers lockers;

	private final StorageSessions sessions;

	RegistryApi(EmployeeDirectory employees, PhoneRegistry phones, PhoneDecisions decisions, Lockers lockers,
			StorageSessions sessions) {
		this.employees = employees;
		this.phones = phones;
		this.decisions = decisions;
		this.lockers = lockers;
		this.sessions = sessions;
	}

	@GetMapping("/employees")
	List<EmployeeRef> employees() {
		return this.employees.all();
	}

	@GetMapping("/employees/{id}")
	EmployeeRef employee(@PathVariable long id) {
		return this.employees.byId(id).orElseThrow(() -> new NotFoundException("Employee", id));
	}

	@GetMapping("/employees/{id}/phones")
	List<PhoneRef> phonesOf(@PathVariable long id) {
		employee(id);
		return this.phones.ofEmployee(id);
	}

	@GetMapping("/phones/{id}")
	PhoneRef phone(@PathVariable long id) {
		return this.phones.byId(id);
	}

	@GetMapping("/phones/{id}/inventory")
	AppInventory inventory(@PathVariable long id) {
		this.phones.byId(id);
		return this.phones.currentInventory(id).orElseThrow(() -> new NothingThere("request.no-inventory", id));
	}

	@GetMapping("/phones/{id}/decision")
	@Operation(summary = "Whether the phone must be stored, with every reason")
	DecisionView decision(@PathVariable long id) {
		return DecisionView.of(id, this.decisions.decide(id));
	}

	@GetMapping("/lockers")
	List<LockerView> lockers() {
		return this.lockers.all();
	}

	@GetMapping("/lockers/{id}")
	LockerView locker(@PathVariable int id) {
		return this.lockers.get(id);
	}

	@GetMapping("/sessions")
	@Operation(summary = "Storage sessions that hold a locker now")
	List<SessionView> activeSessions() {
		return this.sessions.active();
	}

	@GetMapping("/sessions/{id}")
	SessionView session(@PathVariable long id) {
		return this.sessions.get(id);
	}

}
