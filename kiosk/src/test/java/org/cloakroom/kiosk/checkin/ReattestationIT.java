package org.cloakroom.kiosk.checkin;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.enrolment.AppInventory;
import org.cloakroom.kiosk.enrolment.InventorySource;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The kiosk prompts for an overdue re-attestation, and the employee signs it off there.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:reattest;DB_CLOSE_DELAY=-1")
class ReattestationIT {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private PhoneRegistry phones;

	@Autowired
	private MutableClock clock;

	@Test
	void overdueDeclarationIsPromptedSignedOffAtTheKioskAndNotTwice() {
		CheckInView fresh = this.checkIns.start(Identification.read("100004"));
		assertThat(fresh.phones()).singleElement().satisfies((phone) -> assertThat(phone.attestationDue()).isFalse());

		this.clock.advance(Duration.ofDays(31));
		CheckInView checkIn = this.checkIns.start(Identification.read("100004"));
		PhoneAssessment iphone = checkIn.phones().get(0);
		assertThat(iphone.attestationDue()).isTrue();
		AppInventory before = this.phones.currentInventory(iphone.phoneId()).orElseThrow();

		checkIn = this.checkIns.reattest(checkIn.id(), iphone.phoneId());

		assertThat(checkIn.phones().get(0).attestationDue()).isFalse();
		AppInventory after = this.phones.currentInventory(iphone.phoneId()).orElseThrow();
		assertThat(after.source()).isEqualTo(InventorySource.DECLARATION);
		assertThat(after.recordedAt()).isEqualTo(this.clock.instant());
		assertThat(after.appIds()).isEqualTo(before.appIds());
		assertThat(this.phones.attestation(iphone.phoneId()).overdue()).isFalse();
		assertThat(this.phones.attestation(iphone.phoneId()).dueAt())
			.isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
		CheckInId id = checkIn.id();
		assertThatExceptionOfType(CheckInRefusal.NoReattestationDue.class)
			.isThrownBy(() -> this.checkIns.reattest(id, iphone.phoneId()));
		assertThat(this.phones.currentInventory(iphone.phoneId()).orElseThrow()).isEqualTo(after);
	}

}
