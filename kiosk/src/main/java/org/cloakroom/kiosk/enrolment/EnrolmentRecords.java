package org.cloakroom.kiosk.enrolment;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every employee, phone and identity as a door needs them, for the central instance to
 * send to its kiosks: PIN hashes (never PINs) and IRKs opened from their sealing at rest,
 * which the caller must seal again at once for the one kiosk it sends them to.
 */
@Service
public class EnrolmentRecords {

	private final EmployeeTable employees;

	private final PhoneTable phones;

	private final StoredIdentities identities;

	EnrolmentRecords(EmployeeTable employees, PhoneTable phones, StoredIdentities identities) {
		this.employees = employees;
		this.phones = phones;
		this.identities = identities;
	}

	@Transactional(readOnly = true)
	public List<EmployeeRecord> employees() {
		return this.employees.rows().stream().map(EmployeeTable.Row::record).toList();
	}

	@Transactional(readOnly = true)
	public List<PhoneDevices> phones() {
		return this.phones.allWithDevices();
	}

	@Transactional(readOnly = true)
	public List<IdentityRecord> identities() {
		return this.identities.all()
			.stream()
			.map((enrolled) -> IdentityRecord.of(enrolled.identityId(), PhoneId.of(enrolled.phoneId()),
					enrolled.identity()))
			.toList();
	}

}
