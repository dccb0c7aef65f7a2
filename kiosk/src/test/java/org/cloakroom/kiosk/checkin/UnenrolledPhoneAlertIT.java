package org.cloakroom.kiosk.checkin;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the ALERT policy an unenrolled phone at the door lets the employee in and alerts
 * security.
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:alert;DB_CLOSE_DELAY=-1",
		"cloakroom.policy.unenrolled-phones=ALERT" })
class UnenrolledPhoneAlertIT {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private AuditLog log;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Test
	void unenrolledPhoneAtTheDoorRaisesAnAlertAndNeedsNoLocker() {
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);
		world.walk("visitor-iphone", VirtualPosition.AT_DOOR);
		world.walk("katherine-iphone", VirtualPosition.AT_DOOR);

		CheckInView checkIn = this.checkIns.start(Identification.read("100004"));

		assertThat(checkIn.unenrolled().action()).isEqualTo(UnenrolledPhoneAction.ALERT);
		assertThat(checkIn.unenrolled().plainWords()).contains("Security has been told");
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ENTER);
		List<AuditEntry> entries = this.log.about("employee:" + checkIn.employeeId(), 50);
		assertThat(entries).filteredOn((entry) -> entry.type().equals("UnenrolledPhoneAtCheckIn"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.alert()).isTrue();
				assertThat(entry.details()).contains("iPhone").doesNotContainPattern("([0-9A-F]{2}:){5}");
			});
	}

}
