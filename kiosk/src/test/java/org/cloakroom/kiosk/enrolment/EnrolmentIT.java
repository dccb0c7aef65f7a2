package org.cloakroom.kiosk.enrolment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EnrolledIdentitiesChanged;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

class EnrolmentIT extends EnrolmentModuleSupport {

	@Autowired
	Enrolment enrolment;

	@Test
	void enrolsAnEmployeeWithAHashedPinAndAnnouncesIt(PublishedEvents events) {
		EmployeeRef ada = this.enrolment.enrolEmployee("  Ada Lovelace ", "B-1001", "2468", "admin");

		assertThat(ada.name()).isEqualTo("Ada Lovelace");
		assertThat(ada.badgeId()).isEqualTo("B-1001");
		Map<String, Object> row = this.jdbc.queryForMap("SELECT pin_hash, created_at FROM employee WHERE id = ?",
				ada.id().value());
		assertThat((String) row.get("PIN_HASH")).isNotEqualTo("2468").startsWith("$2");
		assertThat(events.ofType(EmployeeEnrolled.class))
			.containsExactly(new EmployeeEnrolled(ada.id(), "Ada Lovelace", "B-1001", "admin"));
	}

	@Test
	void refusesABlankName() {
		assertRefusal(EnrolmentRefusal.class, () -> this.enrolment.enrolEmployee(" ", "B-1001", "2468", "admin"))
			.contains("name");
	}

	@Test
	void refusesMalformedBadgeIdsNamingThem() {
		for (String badge : new String[] { "B12", "B_1001", "B 1001", "X".repeat(33), null }) {
			assertRefusal(EnrolmentRefusal.class, () -> this.enrolment.enrolEmployee("Ada", badge, "2468", "admin"))
				.contains("badge id")
				.contains("'" + badge + "'");
		}
	}

	@Test
	void refusesADuplicateBadge() {
		this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");

		assertRefusal(DuplicateBadgeException.class,
				() -> this.enrolment.enrolEmployee("Grace", "B-1001", "1357", "admin"))
			.isEqualTo("Badge B-1001 is already enrolled");
	}

	@Test
	void enrolsAPhoneForAKnownEmployee(PublishedEvents events) {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");

		PhoneRef pixel = this.enrolment.enrolPhone(ada.id(), "Pixel", Platform.ANDROID, "admin");

		assertThat(pixel).isEqualTo(new PhoneRef(pixel.id(), ada.id(), "Pixel", Platform.ANDROID));
		assertThat(events.ofType(PhoneEnrolled.class))
			.containsExactly(new PhoneEnrolled(pixel.id(), ada.id(), "Pixel", Platform.ANDROID, "admin"));
	}

	@Test
	void refusesAPhoneOfAnUnknownEmployeeOrWithoutLabel() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.enrolment.enrolPhone(EmployeeId.of(999), "Pixel", Platform.ANDROID, "admin"))
			.withMessage("Employee 999 does not exist");
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");
		assertRefusal(EnrolmentRefusal.class, () -> this.enrolment.enrolPhone(ada.id(), "", Platform.ANDROID, "admin"))
			.contains("phone label");
	}

	@Test
	void addsAnIdentityAndTellsTheBleModule(PublishedEvents events) {
		PhoneRef pixel = phone();
		IBeaconIdentity badge = new IBeaconIdentity(UUID.fromString("f7826da6-4fa2-4e98-8024-bc5b71e0893e"), 1, 2);

		this.enrolment.addIdentity(pixel.id(), badge, "admin");

		assertThat(events.ofType(BleIdentityAdded.class))
			.containsExactly(new BleIdentityAdded(pixel.id(), "ibeacon", badge.describe(), "admin"));
		assertThat(events.ofType(EnrolledIdentitiesChanged.class)).hasSize(1);
	}

	@Test
	void refusesAnIdentityForAnUnknownPhoneOrOneAlreadyEnrolled() {
		FixedAddressIdentity address = new FixedAddressIdentity(BleAddress.parse("C0:11:22:33:44:55"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.enrolment.addIdentity(PhoneId.of(999), address, "admin"))
			.withMessage("Phone 999 does not exist");
		PhoneRef pixel = phone();
		this.enrolment.addIdentity(pixel.id(), address, "admin");

		assertRefusal(DuplicateIdentityException.class, () -> this.enrolment.addIdentity(pixel.id(), address, "admin"))
			.contains("phone " + pixel.id());
	}

	@Test
	void recordsADeclarationAsAttestedWhenRecorded(PublishedEvents events) {
		PhoneRef pixel = phone();
		this.clock.advance(Duration.ofHours(1));

		AppInventory inventory = this.enrolment.recordInventory(pixel.id(), InventorySource.DECLARATION,
				Set.of("org.mozilla.firefox", "com.tencent.mm"), "admin");

		Instant now = Instant.parse(START).plus(Duration.ofHours(1));
		assertThat(inventory.recordedAt()).isEqualTo(now);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT recorded_at, attested_at FROM app_inventory");
		assertThat(instant(row.get("RECORDED_AT"))).isEqualTo(now);
		assertThat(instant(row.get("ATTESTED_AT"))).isEqualTo(now);
		assertThat(events.ofType(InventoryRecorded.class)).singleElement().satisfies((event) -> {
			assertThat(event.source()).isEqualTo(InventorySource.DECLARATION);
			assertThat(event.appIds()).containsExactly("com.tencent.mm", "org.mozilla.firefox");
		});
	}

	@Test
	void recordsAnMdmListAsNotAttested() {
		PhoneRef pixel = phone();

		this.enrolment.recordInventory(pixel.id(), InventorySource.MDM, Set.of("com.tencent.mm"), "admin");

		assertThat(this.jdbc.queryForObject("SELECT attested_at FROM app_inventory", Object.class)).isNull();
	}

	@Test
	void refusesAnInventoryForAnUnknownPhoneOrWithABlankAppId() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.enrolment.recordInventory(PhoneId.of(999), InventorySource.DECLARATION, Set.of(), "admin"))
			.withMessage("Phone 999 does not exist");
		PhoneRef pixel = phone();
		assertRefusal(EnrolmentRefusal.class,
				() -> this.enrolment.recordInventory(pixel.id(), InventorySource.MDM, Set.of(" "), "admin"))
			.contains("app id");
	}

	private PhoneRef phone() {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");
		return this.enrolment.enrolPhone(ada.id(), "Pixel", Platform.ANDROID, "admin");
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

}
