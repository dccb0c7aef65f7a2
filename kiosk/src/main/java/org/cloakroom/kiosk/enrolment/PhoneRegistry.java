package org.cloakroom.kiosk.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds enrolled phones, their identities (as may be shown) and their inventories, and
 * says when the employee's attestation of a phone's apps is due.
 */
@Service
public class PhoneRegistry {

	private final PhoneTable phones;

	private final InventoryTable inventories;

	private final StoredIdentities identities;

	private final Duration attestationValidity;

	private final Clock clock;

	PhoneRegistry(PhoneTable phones, InventoryTable inventories, StoredIdentities identities,
			EnrolmentProperties properties, Clock clock) {
		this.phones = phones;
		this.inventories = inventories;
		this.identities = identities;
		this.attestationValidity = Duration.ofDays(properties.attestationDays());
		this.clock = clock;
	}

	public List<PhoneRef> all() {
		return this.phones.all();
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public PhoneRef byId(PhoneId phoneId) {
		return this.phones.byId(phoneId).orElseThrow(() -> new NotFoundException("Phone", phoneId));
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public PhoneDevices withDevices(PhoneId phoneId) {
		return this.phones.withDevices(phoneId).orElseThrow(() -> new NotFoundException("Phone", phoneId));
	}

	/** The employee's phones, oldest first; empty for an unknown employee. */
	public List<PhoneRef> ofEmployee(EmployeeId employeeId) {
		return this.phones.ofEmployee(employeeId);
	}

	/**
	 * The phone's BLE identities by kind and harmless description; never an IRK.
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown phone
	 */
	@Transactional(readOnly = true)
	public List<IdentityView> identities(PhoneId phoneId) {
		byId(phoneId);
		return this.identities.viewsOf(phoneId);
	}

	/**
	 * The newest inventory of the phone by the time it was recorded, whatever its source;
	 * empty when it has none (or the phone is unknown).
	 */
	@Transactional(readOnly = true)
	public Optional<AppInventory> currentInventory(PhoneId phoneId) {
		return this.inventories.newest(phoneId);
	}

	/**
	 * The newest inventory with its source, time and the attestation status.
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown phone, or one without
	 * any inventory
	 */
	@Transactional(readOnly = true)
	public InventoryView currentInventoryView(PhoneId phoneId) {
		byId(phoneId);
		return this.inventories.newestRow(phoneId)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("Inventory of phone", phoneId));
	}

	/**
	 * The phone's newest {@code limit} inventories, declared and MDM-imported, newest
	 * first (the first is the current one).
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown phone
	 */
	@Transactional(readOnly = true)
	public List<InventoryView> inventories(PhoneId phoneId, int limit) {
		byId(phoneId);
		return this.inventories.newest(phoneId, limit).stream().map(this::view).toList();
	}

	/**
	 * One recorded inventory of the phone, current or not.
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown phone or inventory
	 */
	@Transactional(readOnly = true)
	public InventoryView inventory(PhoneId phoneId, long inventoryId) {
		byId(phoneId);
		return this.inventories.byId(phoneId, inventoryId)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("Inventory of phone " + phoneId, inventoryId));
	}

	/**
	 * When the phone's apps were last attested and whether re-attestation is overdue
	 * ({@code cloakroom.enrolment.attestation-days} after the last declaration).
	 */
	@Transactional(readOnly = true)
	public Attestation attestation(PhoneId phoneId) {
		Optional<Instant> attested = this.inventories.lastAttested(phoneId);
		Instant due = attested.map((at) -> at.plus(this.attestationValidity)).orElse(null);
		boolean overdue = (due == null) || !this.clock.instant().isBefore(due);
		return new Attestation(phoneId, attested.orElse(null), due, overdue);
	}

	private InventoryView view(InventoryTable.Stored stored) {
		AppInventory inventory = stored.inventory();
		return new InventoryView(stored.id(), inventory.phoneId(), inventory.source(), inventory.mdm(),
				inventory.recordedAt(), inventory.appIds().stream().sorted().toList(),
				inventory.appNames().stream().sorted().toList(), inventory.provesAbsence(),
				attestation(inventory.phoneId()));
	}

}
