package org.cloakroom.kiosk.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhoneRegistryIT extends EnrolmentModuleSupport {

	@Autowired
	Enrolment enrolment;

	@Autowired
	PhoneRegistry registry;

	@Test
	void currentInventoryIsTheNewestByRecordedTimeWhateverItsSource() {
		PhoneRef pixel = phone("Pixel");
		this.enrolment.recordInventory(pixel.id(), InventorySource.DECLARATION, Set.of("org.mozilla.firefox"), "admin");
		this.clock.advance(Duration.ofDays(2));
		this.enrolment.recordInventory(pixel.id(), InventorySource.MDM, Set.of("com.tencent.mm"), "admin");
		this.clock.set(Instant.parse(START).plus(Duration.ofDays(1)));
		this.enrolment.recordInventory(pixel.id(), InventorySource.DECLARATION, Set.of("org.example.late"), "admin");

		AppInventory current = this.registry.currentInventory(pixel.id()).orElseThrow();

		assertThat(current.source()).isEqualTo(InventorySource.MDM);
		assertThat(current.recordedAt()).isEqualTo(Instant.parse(START).plus(Duration.ofDays(2)));
		assertThat(current.appIds()).containsExactly("com.tencent.mm");
	}

	@Test
	void aPhoneWithoutInventoryHasNoCurrentOne() {
		assertThat(this.registry.currentInventory(phone("Pixel").id())).isEmpty();
	}

	@Test
	void anEmptyDeclarationIsStillAnInventory() {
		PhoneRef pixel = phone("Pixel");
		this.enrolment.recordInventory(pixel.id(), InventorySource.DECLARATION, Set.of(), "admin");

		assertThat(this.registry.currentInventory(pixel.id())).hasValueSatisfying((inventory) -> {
			assertThat(inventory.appIds()).isEmpty();
			assertThat(inventory.recordedAt()).isEqualTo(Instant.parse(START));
		});
	}

	@Test
	void findsPhonesByIdAndByEmployee() {
		PhoneRef pixel = phone("Pixel");
		PhoneRef iphone = this.enrolment.enrolPhone(pixel.employeeId(), "iPhone", Platform.IOS, "admin");

		assertThat(this.registry.byId(iphone.id())).isEqualTo(iphone);
		assertThat(this.registry.ofEmployee(pixel.employeeId())).containsExactly(pixel, iphone);
		assertThat(this.registry.all()).containsExactly(pixel, iphone);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.registry.byId(PhoneId.of(999)))
			.withMessage("Phone 999 does not exist");
	}

	private PhoneRef phone(String label) {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");
		return this.enrolment.enrolPhone(ada.id(), label, Platform.ANDROID, "admin");
	}

}
