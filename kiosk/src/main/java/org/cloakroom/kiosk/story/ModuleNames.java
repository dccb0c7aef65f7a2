package org.cloakroom.kiosk.story;

import java.util.Optional;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.FlaggedAppCatalogue;

import org.springframework.stereotype.Component;

/** The names as the enrolment, locker and policy modules know them today. */
@Component
class ModuleNames implements NameSource {

	private final EmployeeDirectory employees;

	private final PhoneRegistry phones;

	/** None in the central home: it has no locker bank. */
	private final Optional<Lockers> lockers;

	private final FlaggedAppCatalogue catalogue;

	ModuleNames(EmployeeDirectory employees, PhoneRegistry phones, Optional<Lockers> lockers,
			FlaggedAppCatalogue catalogue) {
		this.employees = employees;
		this.phones = phones;
		this.lockers = lockers;
		this.catalogue = catalogue;
	}

	@Override
	public Optional<String> employee(long employeeId) {
		return this.employees.byId(EmployeeId.of(employeeId)).map(EmployeeRef::name);
	}

	@Override
	public Optional<String> phone(long phoneId) {
		try {
			return Optional.of(this.phones.byId(PhoneId.of(phoneId)).label());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<String> locker(int lockerId) {
		if (this.lockers.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.lockers.get().get(LockerId.of(lockerId)).label());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<FlaggedApp> flaggedApp(String appId) {
		return this.catalogue.byId(appId);
	}

}
