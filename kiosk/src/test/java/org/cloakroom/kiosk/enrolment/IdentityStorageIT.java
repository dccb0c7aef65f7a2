package org.cloakroom.kiosk.enrolment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentities;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IdentityStorageIT extends EnrolmentModuleSupport {

	/** The IRK of the Core Specification's sample data (Vol 3, Part H, D.7). */
	private static final String IRK_HEX = "ec0234a357c8ad05341010a60a397d9b";

	@Autowired
	Enrolment enrolment;

	@Autowired
	EnrolledIdentities identities;

	@Test
	void storesAnIrkEncryptedAndReturnsItOnlyThroughEnrolledIdentities() {
		PhoneRef pixel = phone();
		IdentityResolvingKey irk = IdentityResolvingKey.parseHex(IRK_HEX);

		this.enrolment.addIdentity(pixel.id(), irk, "admin");

		String stored = this.jdbc.queryForObject("SELECT stored_value FROM ble_identity WHERE kind = 'irk'",
				String.class);
		assertThat(stored).doesNotContainIgnoringCase(IRK_HEX);
		byte[] sealed = Base64.getDecoder().decode(stored);
		assertThat(sealed).hasSize(12 + 16 + 16);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(irk.key(), StandardCharsets.ISO_8859_1));
		long row = this.jdbc.queryForObject("SELECT id FROM ble_identity WHERE kind = 'irk'", Long.class);
		assertThat(this.identities.all()).containsExactly(new EnrolledIdentity(pixel.id().value(), row, irk));
	}

	@Test
	void encryptsTheSameKeyDifferentlyEachTime() {
		PhoneRef pixel = phone();
		PhoneRef iphone = this.enrolment.enrolPhone(pixel.employeeId(), "iPhone", Platform.IOS, "admin");

		this.enrolment.addIdentity(pixel.id(), IdentityResolvingKey.parseHex(IRK_HEX), "admin");
		this.enrolment.addIdentity(iphone.id(), IdentityResolvingKey.parseHex("00112233445566778899aabbccddeeff"),
				"admin");
		this.jdbc.update("UPDATE ble_identity SET stored_value = (SELECT stored_value FROM ble_identity "
				+ "WHERE phone_id = ?) WHERE phone_id = ?", pixel.id().value(), iphone.id().value());

		assertThat(this.jdbc.queryForList("SELECT DISTINCT stored_value FROM ble_identity", String.class)).hasSize(1);
		assertThatIllegalStateException().isThrownBy(() -> this.identities.all())
			.withMessageContaining("phone " + iphone.id())
			.withMessageContaining("cloakroom.enrolment.identity-key");
	}

	@Test
	void noPublishedEventCarriesTheIrk(PublishedEvents events) {
		PhoneRef pixel = phone();

		this.enrolment.addIdentity(pixel.id(), IdentityResolvingKey.parseHex(IRK_HEX), "admin");

		JsonMapper json = JsonMapper.shared();
		assertThat(events.ofType(Object.class)).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.toString()).doesNotContainIgnoringCase(IRK_HEX);
			assertThat(json.writeValueAsString(event)).doesNotContainIgnoringCase(IRK_HEX)
				.doesNotContain(Base64.getEncoder().encodeToString(IdentityResolvingKey.parseHex(IRK_HEX).key()));
		});
		assertThat(events.ofType(BleIdentityAdded.class))
			.containsExactly(new BleIdentityAdded(pixel.id(), "irk", "identity resolving key", "admin"));
	}

	@Test
	void storesOtherIdentitiesInClearTextThatRoundTrips() {
		PhoneRef pixel = phone();
		IBeaconIdentity beacon = new IBeaconIdentity(UUID.fromString("f7826da6-4fa2-4e98-8024-bc5b71e0893e"), 1, 65535);
		EddystoneUidIdentity eddystone = new EddystoneUidIdentity("00112233445566778899", "aabbccddeeff");
		FixedAddressIdentity address = new FixedAddressIdentity(BleAddress.parse("C0:11:22:33:44:55"));

		this.enrolment.addIdentity(pixel.id(), beacon, "admin");
		this.enrolment.addIdentity(pixel.id(), eddystone, "admin");
		this.enrolment.addIdentity(pixel.id(), address, "admin");

		assertThat(this.jdbc.queryForList("SELECT stored_value FROM ble_identity ORDER BY id", String.class))
			.containsExactly("f7826da6-4fa2-4e98-8024-bc5b71e0893e/1/65535", "00112233445566778899/aabbccddeeff",
					"C0:11:22:33:44:55");
		assertThat(this.identities.all()).extracting(EnrolledIdentity::identity)
			.containsExactly(beacon, eddystone, address);
	}

	private PhoneRef phone() {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");
		return this.enrolment.enrolPhone(ada.id(), "Pixel", Platform.ANDROID, "admin");
	}

}
