package org.cloakroom.kiosk.web.kiosk;

import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the kiosk screen says when a locker's tray reads empty after its door closed (the
 * deposit is not complete, and the employee is asked to try again), when a phone nobody
 * enrolled is at the door, and when the check-in it was showing has ended.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:kiosk-screen;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class KioskScreenIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Test
	void asksAgainWhenTheDoorClosesOnAnEmptyTray() throws Exception {
		new SimulationTestSupport(this.clock, this.radio).walk("ada-pixel", VirtualPosition.AT_DOOR);
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100001").param("pin", "1111"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/kiosk/store"))
			.andExpect(content().string(containsString("Locker 1 is open")))
			.andExpect(content().string(not(containsString("No phone was detected"))));

		this.doors.setOccupied(1, false);
		this.doors.openDoor(1);
		this.doors.closeDoor(1);

		this.mvc.perform(get("/kiosk/screen"))
			.andExpect(content().string(containsString("Locker 1 is open")))
			.andExpect(content().string(containsString("No phone was detected in the locker")));

		this.clock.advance(Duration.ofSeconds(5));
		this.doors.openDoor(1);
		this.doors.setOccupied(1, true);
		this.doors.closeDoor(1);

		this.mvc.perform(get("/kiosk/screen")).andExpect(content().string(containsString("You may go in.")));
	}

	@Test
	void saysWhatThePolicyDoesAboutAPhoneNobodyEnrolledAtTheDoor() throws Exception {
		SimulationTestSupport simulation = new SimulationTestSupport(this.clock, this.radio);
		simulation.walk("visitor-iphone", VirtualPosition.AT_DOOR);
		try {
			this.mvc.perform(post("/kiosk/identify").param("badgeId", "100004").param("pin", "4444"))
				.andExpect(content().string(containsString("A phone that is not enrolled (iPhone) is at the door. "
						+ "Phones that are not enrolled must be stored.")));
		}
		finally {
			simulation.walk("visitor-iphone", VirtualPosition.AWAY);
			this.mvc.perform(post("/kiosk/cancel"));
		}
	}

	@Test
	void anExpiredCheckInAsksTheEmployeeToStartAgainAndAnUnknownBadgeSaysSo() throws Exception {
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100004").param("pin", "4444"))
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(4));
		this.mvc.perform(post("/kiosk/store"))
			.andExpect(content().string(containsString("That check-in has ended. Please start again.")))
			.andExpect(content().string(not(containsString("does not know that badge"))));

		this.mvc.perform(post("/kiosk/identify").param("badgeId", "999999").param("pin", "1234"))
			.andExpect(content().string(containsString("The kiosk does not know that badge.")));
	}

}
