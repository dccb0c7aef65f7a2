package org.cloakroom.kiosk.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentitiesChanged;
import org.cloakroom.kiosk.security.PinHasher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols employees and phones, adds BLE identities and records app inventories; each an
 * audit event, published in the transaction that made the change. Bad input is an
 * {@link EnrolmentRefusal} naming the field and the value. Every change names who made it
 * ({@code by}: the signed-in console user; {@link #AT_THE_KIOSK} for the employee's own
 * re-attestation).
 */
@Service
public class Enrolment {

	private final EnrolmentEdits localEdits;

	/** Who records an employee's re-attestation at the kiosk. */
	public static final String AT_THE_KIOSK = "kiosk";

	private final EmployeeTable employees;

	private final PhoneTable phones;

	private final StoredIdentities identities;

	private final InventoryTable inventories;

	private final PinHasher pins;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Enrolment(EmployeeTable employees, PhoneTable phones, StoredIdentities identities, InventoryTable inventories,
			PinHasher pins, ApplicationEventPublisher events, Clock clock, EnrolmentEdits localEdits) {
		this.employees = employees;
		this.phones = phones;
		this.identities = identities;
		this.inventories = inventories;
		this.pins = pins;
		this.events = events;
		this.clock = clock;
		this.localEdits = localEdits;
	}

	/**
	 * @throws DuplicateBadgeException when the badge is already enrolled
	 */
	@Transactional
	public EmployeeRef enrolEmployee(String name, String badgeId, String pin, String by) {
		return enrolEmployee(name, badgeId, pin, null, by);
	}

	/**
	 * Enrols an employee who reads the kiosk in {@code language} (a BCP 47 tag; null for
	 * the kiosk's default).
	 * @throws DuplicateBadgeException when the badge is already enrolled
	 */
	@Transactional
	public EmployeeRef enrolEmployee(String name, String badgeId, String pin, String language, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		String cleanName = Inputs.text("name", name, 200);
		String badge = Inputs.badge(badgeId);
		String tag = Inputs.language(language);
		if (this.employees.badgeTaken(badge)) {
			throw new DuplicateBadgeException(badge);
		}
		String pinHash = this.pins.hash(pin);
		EmployeeId id;
		try {
			id = this.employees.insert(cleanName, badge, pinHash, tag, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateBadgeException(badge);
		}
		this.events.publishEvent(new EmployeeEnrolled(id, cleanName, badge, actor));
		return new EmployeeRef(id, cleanName, badge, tag);
	}

	/**
	 * @throws NotFoundException for an unknown employee
	 */
	@Transactional
	public PhoneRef enrolPhone(EmployeeId employeeId, String label, Platform platform, String by) {
		return enrolPhone(employeeId, label, platform, DeviceIds.NONE, by);
	}

	/**
	 * Enrols a phone with the device identifiers that MDM exports will be matched by.
	 * @throws NotFoundException for an unknown employee
	 * @throws DuplicateIdentityException when another phone holds one of the identifiers
	 */
	@Transactional
	public PhoneRef enrolPhone(EmployeeId employeeId, String label, Platform platform, DeviceIds devices, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		String cleanLabel = Inputs.text("phone label", label, 100);
		Inputs.required("platform", platform);
		DeviceIds ids = (devices != null) ? devices : DeviceIds.NONE;
		this.employees.byId(employeeId).orElseThrow(() -> new NotFoundException("Employee", employeeId));
		refuseTaken("serial_number", "serial", ids.serial());
		refuseTaken("imei", "IMEI", ids.imei());
		refuseTaken("udid", "UDID", ids.udid());
		refuseTaken("mdm_id", "MDM device id", ids.mdmId());
		PhoneId id = this.phones.insert(employeeId, cleanLabel, platform, ids, this.clock.instant());
		this.events.publishEvent(new PhoneEnrolled(id, employeeId, cleanLabel, platform, actor));
		return new PhoneRef(id, employeeId, cleanLabel, platform);
	}

	/**
	 * Adds an identity and tells the BLE module ({@link EnrolledIdentitiesChanged}).
	 * @throws NotFoundException for an unknown phone
	 * @throws DuplicateIdentityException when the identity is already enrolled
	 */
	@Transactional
	public void addIdentity(PhoneId phoneId, BleIdentity identity, String by) {
		enrolIdentity(phoneId, identity, by);
	}

	/**
	 * Like {@link #addIdentity}, and answers with what may be shown of the new identity.
	 */
	@Transactional
	public IdentityView enrolIdentity(PhoneId phoneId, BleIdentity identity, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		Inputs.required("BLE identity", identity);
		requirePhone(phoneId);
		this.identities.all()
			.stream()
			.filter((enrolled) -> enrolled.identity().equals(identity))
			.findFirst()
			.ifPresent((enrolled) -> {
				throw new DuplicateIdentityException(identity.describe(), PhoneId.of(enrolled.phoneId()));
			});
		Instant now = this.clock.instant();
		long id = this.identities.insert(phoneId, identity, now);
		this.events.publishEvent(new BleIdentityAdded(phoneId, identity.kind(), identity.describe(), actor));
		this.events.publishEvent(new EnrolledIdentitiesChanged());
		return new IdentityView(id, phoneId, identity.kind(), identity.describe(), now,
				IdentityFingerprint.of(identity));
	}

	/**
	 * Records the phone's apps as of now; a declaration counts as attested now, an MDM
	 * list does not.
	 * @throws NotFoundException for an unknown phone
	 */
	@Transactional
	public AppInventory recordInventory(PhoneId phoneId, InventorySource source, Set<String> appIds, String by) {
		String actor = Inputs.actor(by);
		Inputs.required("inventory source", source);
		Set<String> apps = Inputs.appIds(appIds);
		requirePhone(phoneId);
		AppInventory inventory = new AppInventory(phoneId, source, this.clock.instant(), apps);
		record(inventory, actor);
		return inventory;
	}

	/**
	 * The employee signs off, at the kiosk, that the apps they last declared for the
	 * phone are unchanged: the same list is recorded again as a declaration attested now.
	 * @throws EnrolmentRefusal when the phone has no declaration to re-attest
	 */
	@Transactional
	public long reattest(PhoneId phoneId) {
		requirePhone(phoneId);
		AppInventory declared = this.inventories.newestDeclaration(phoneId)
			.orElseThrow(() -> new EnrolmentRefusal(Refusal.Kind.CONFLICT, "nothing-to-reattest", phoneId));
		return declareInventory(phoneId, declared.appIds(), AT_THE_KIOSK);
	}

	/**
	 * Records the employee's declaration of the phone's apps, attested now.
	 * @return the new inventory's id
	 * @throws NotFoundException for an unknown phone
	 */
	@Transactional
	public long declareInventory(PhoneId phoneId, Set<String> appIds, String by) {
		String actor = Inputs.actor(by);
		Set<String> apps = Inputs.appIds(appIds);
		requirePhone(phoneId);
		return record(new AppInventory(phoneId, InventorySource.DECLARATION, this.clock.instant(), apps), actor);
	}

	/** Records an inventory the caller has checked, in the caller's transaction. */
	long record(AppInventory inventory, String by) {
		boolean declared = inventory.source() == InventorySource.DECLARATION;
		long id = this.inventories.insert(inventory, declared ? inventory.recordedAt() : null);
		this.events.publishEvent(new InventoryRecorded(inventory.phoneId(), id, inventory.source(),
				inventory.recordedAt(), sorted(inventory.appIds()), sorted(inventory.appNames()), inventory.mdm(), by));
		return id;
	}

	private static List<String> sorted(Set<String> entries) {
		return entries.stream().sorted().toList();
	}

	private void refuseTaken(String column, String what, String value) {
		if (value != null) {
			this.phones.holderOf(column, value).ifPresent((holder) -> {
				throw new DuplicateIdentityException(what, value, holder);
			});
		}
	}

	private void requirePhone(PhoneId phoneId) {
		this.phones.byId(phoneId).orElseThrow(() -> new NotFoundException("Phone", phoneId));
	}

}
