package org.cloakroom.kiosk.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentitiesChanged;
import org.cloakroom.kiosk.policy.Platform;
import org.cloakroom.kiosk.security.PinHasher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols employees and phones, adds BLE identities and records app inventories; each an
 * audit event, published in the transaction that made the change. Bad input is an
 * {@link IllegalArgumentException} naming the field and the value.
 */
@Service
public class Enrolment {

	private final EmployeeTable employees;

	private final PhoneTable phones;

	private final StoredIdentities identities;

	private final InventoryTable inventories;

	private final PinHasher pins;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Enrolment(EmployeeTable employees, PhoneTable phones, StoredIdentities identities, InventoryTable inventories,
			PinHasher pins, ApplicationEventPublisher events, Clock clock) {
		this.employees = employees;
		this.phones = phones;
		this.identities = identities;
		this.inventories = inventories;
		this.pins = pins;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws DuplicateBadgeException when the badge is already enrolled
	 */
	@Transactional
	public EmployeeRef enrolEmployee(String name, String badgeId, String pin) {
		String cleanName = Inputs.text("name", name, 200);
		String badge = Inputs.badge(badgeId);
		if (this.employees.badgeTaken(badge)) {
			throw new DuplicateBadgeException(badge);
		}
		String pinHash = this.pins.hash(pin);
		long id;
		try {
			id = this.employees.insert(cleanName, badge, pinHash, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateBadgeException(badge);
		}
		this.events.publishEvent(new EmployeeEnrolled(id, cleanName, badge));
		return new EmployeeRef(id, cleanName, badge);
	}

	/**
	 * @throws NotFoundException for an unknown employee
	 */
	@Transactional
	public PhoneRef enrolPhone(long employeeId, String label, Platform platform) {
		String cleanLabel = Inputs.text("phone label", label, 100);
		Inputs.required("platform", platform);
		this.employees.byId(employeeId).orElseThrow(() -> new NotFoundException("Employee", employeeId));
		long id = this.phones.insert(employeeId, cleanLabel, platform, this.clock.instant());
		this.events.publishEvent(new PhoneEnrolled(id, employeeId, cleanLabel, platform));
		return new PhoneRef(id, employeeId, cleanLabel, platform);
	}

	/**
	 * Adds an identity and tells the BLE module ({@link EnrolledIdentitiesChanged}).
	 * @throws NotFoundException for an unknown phone
	 * @throws DuplicateIdentityException when the identity is already enrolled
	 */
	@Transactional
	public void addIdentity(long phoneId, BleIdentity identity) {
		Inputs.required("BLE identity", identity);
		requirePhone(phoneId);
		this.identities.all()
			.stream()
			.filter((enrolled) -> enrolled.identity().equals(identity))
			.findFirst()
			.ifPresent((enrolled) -> {
				throw new DuplicateIdentityException(identity.describe(), enrolled.phoneId());
			});
		this.identities.insert(phoneId, identity, this.clock.instant());
		this.events.publishEvent(new BleIdentityAdded(phoneId, identity.kind(), identity.describe()));
		this.events.publishEvent(new EnrolledIdentitiesChanged());
	}

	/**
	 * Records the phone's apps as of now; a declaration counts as attested now, an MDM
	 * list does not.
	 * @throws NotFoundException for an unknown phone
	 */
	@Transactional
	public AppInventory recordInventory(long phoneId, InventorySource source, Set<String> appIds) {
		Inputs.required("inventory source", source);
		Set<String> apps = Inputs.appIds(appIds);
		requirePhone(phoneId);
		Instant now = this.clock.instant();
		AppInventory inventory = new AppInventory(phoneId, source, now, apps);
		long id = this.inventories.insert(inventory, (source == InventorySource.DECLARATION) ? now : null);
		this.events.publishEvent(new InventoryRecorded(phoneId, id, source, now, List.copyOf(apps)));
		return inventory;
	}

	private void requirePhone(long phoneId) {
		this.phones.byId(phoneId).orElseThrow(() -> new NotFoundException("Phone", phoneId));
	}

}
