package org.cloakroom.kiosk.enrollment;

import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds enrolled phones and their newest app inventory. */
@Service
public class PhoneRegistry {

	private final PhoneTable phones;

	private final InventoryTable inventories;

	PhoneRegistry(PhoneTable phones, InventoryTable inventories) {
		this.phones = phones;
		this.inventories = inventories;
	}

	public List<PhoneRef> all() {
		return this.phones.all();
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public PhoneRef byId(long phoneId) {
		return this.phones.byId(phoneId).orElseThrow(() -> new NotFoundException("Phone", phoneId));
	}

	/** The employee's phones, oldest first; empty for an unknown employee. */
	public List<PhoneRef> ofEmployee(long employeeId) {
		return this.phones.ofEmployee(employeeId);
	}

	/**
	 * The newest inventory of the phone by the time it was recorded, whatever its source;
	 * empty when it has none (or the phone is unknown).
	 */
	@Transactional(readOnly = true)
	public Optional<AppInventory> currentInventory(long phoneId) {
		return this.inventories.newest(phoneId);
	}

}
