package org.cloakroom.kiosk.enrollment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Finds enrolled phones and their newest app inventory. */
@Service
public class PhoneRegistry {

	public List<PhoneRef> all() {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public PhoneRef byId(long phoneId) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	public List<PhoneRef> ofEmployee(long employeeId) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	/** The newest inventory of the phone, whatever its source. */
	public Optional<AppInventory> currentInventory(long phoneId) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

}
