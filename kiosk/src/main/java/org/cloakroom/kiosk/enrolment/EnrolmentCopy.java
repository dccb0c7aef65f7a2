package org.cloakroom.kiosk.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.ble.EnrolledIdentitiesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a central instance's copy of employees, phones and identities into a kiosk's
 * tables, under central's ids, in the caller's transaction (the fleet module applies a
 * whole configuration in one). Central checked every value when an admin entered it; this
 * records what it sends, and the caller's one audit event says what was applied.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class EnrolmentCopy {

	private final EmployeeTable employees;

	private final PhoneTable phones;

	private final StoredIdentities identities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnrolmentCopy(EmployeeTable employees, PhoneTable phones, StoredIdentities identities,
			ApplicationEventPublisher events, Clock clock) {
		this.employees = employees;
		this.phones = phones;
		this.identities = identities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Central's employees; badges may move between them (each is first given a badge no
	 * one can present, so that a swap never meets the table's uniqueness halfway).
	 */
	public void putEmployees(Collection<EmployeeRecord> records) {
		Instant now = this.clock.instant();
		for (EmployeeRecord record : records) {
			if (this.employees.row(record.id()).isPresent()) {
				this.employees.badge(record.id(), "~" + record.id().value());
			}
		}
		records.forEach((record) -> this.employees.put(record, now));
	}

	/** Central's phones; device identifiers may move between them, as badges do. */
	public void putPhones(Collection<PhoneDevices> records) {
		Instant now = this.clock.instant();
		records.forEach((record) -> this.phones.clearDevices(record.phone().id()));
		records.forEach((record) -> this.phones.put(record, now));
	}

	/**
	 * Central's identities, IRKs sealed under this kiosk's identity key; the BLE module
	 * hears of it when anything changed.
	 */
	public void putIdentities(Collection<IdentityRecord> records) {
		Instant now = this.clock.instant();
		boolean changed = false;
		for (IdentityRecord record : records) {
			changed |= this.identities.put(record, now);
		}
		identitiesChanged(changed);
	}

	/** Removes identities central no longer has, with their calibration samples. */
	public void removeIdentities(Collection<Long> ids) {
		boolean changed = false;
		for (long id : ids) {
			changed |= this.identities.remove(id);
		}
		identitiesChanged(changed);
	}

	/**
	 * Deactivates employees this kiosk holds that central does not know (enrolled here
	 * before it joined): they keep their history, and the door refuses them.
	 */
	public void deactivateEmployees(Collection<EmployeeId> ids) {
		Instant now = this.clock.instant();
		for (EmployeeId id : ids) {
			this.employees.row(id)
				.filter((row) -> row.deactivatedAt() == null)
				.ifPresent((row) -> this.employees.deactivatedAt(id, now));
		}
	}

	public Set<EmployeeId> employeeIds() {
		return this.employees.rows().stream().map(EmployeeTable.Row::id).collect(Collectors.toSet());
	}

	public Set<Long> identityIds() {
		return Set.copyOf(this.identities.ids());
	}

	private void identitiesChanged(boolean changed) {
		if (changed) {
			this.events.publishEvent(new EnrolledIdentitiesChanged());
		}
	}

}
