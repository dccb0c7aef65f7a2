package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.checkin.PhoneDecisions;
import org.cloakroom.kiosk.enrolment.AppInventory;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;

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

	private final Lockers lockers;

	private final Storages storages;

	RegistryApi(EmployeeDirectory employees, PhoneRegistry phones, PhoneDecisions decisions, Lockers lockers,
			Storages storages) {
		this.employees = employees;
		this.phones = phones;
		this.decisions = decisions;
		this.lockers = lockers;
		this.storages = storages;
	}

	@GetMapping("/employees")
	List<EmployeeRef> employees() {
		return this.employees.all();
	}

	@GetMapping("/employees/{id}")
	EmployeeRef employee(@PathVariable long id) {
		return this.employees.byId(EmployeeId.of(id)).orElseThrow(() -> new NotFoundException("Employee", id));
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

	@GetMapping("/lockers")
	List<LockerView> lockers() {
		return this.lockers.all();
	}

	@GetMapping("/lockers/{id}")
	LockerView locker(@PathVariable LockerId id) {
		return this.lockers.get(id);
	}

	@GetMapping("/storages")
	@Operation(summary = "Storages whose phones are in, or going into, a locker now")
	List<StorageView> activeStorages() {
		return this.storages.active();
	}

	@GetMapping("/storages/{storageId}")
	StorageView storage(@PathVariable StorageId storageId) {
		return this.storages.get(storageId);
	}

}
