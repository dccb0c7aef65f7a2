package org.cloakroom.kiosk.web.kiosk;

import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.enrolment.EmployeeAdministration;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.Storages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * deposit is not complete, and the employee is asked to try again), at each step of the
 * locker's door, when a phone nobody enrolled is at the door, when the check-in it was
 * showing has ended, after a wrong PIN, during an emergency release, and in which
 * language.
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
	private JdbcClient jdbc;

	@Autowired
	private EmergencyRelease emergency;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EmployeeAdministration administration;

	@Autowired
	private Storages storages;

	@Test
	void asksAgainWhenTheDoorClosesOnAnEmptyTray() throws Exception {
		new SimulationTestSupport(this.clock, this.radio).walk("ada-pixel", VirtualPosition.AT_DOOR);
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100001").param("pin", "1111"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/kiosk/store"))
			.andExpect(content().string(containsString("Locker 1 is open")))
			.andExpect(content().string(containsString("Open its door.")))
			.andExpect(content().string(containsString("<progress class=\"countdown-bar\" max=\"60\" value=\"60\"")))
			.andExpect(content().string(not(containsString("No phone was detected"))));

		this.doors.setOccupied(1, false);
		this.doors.openDoor(1);
		this.mvc.perform(get("/kiosk/screen"))
			.andExpect(content().string(containsString("Put your phone in and close the door.")))
			.andExpect(content().string(not(containsString("Open its door."))));
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

	@Test
	void aLinkChoosesTheLanguageForTheVisitAndTheKioskSpeaksItsOwnAfterIt() throws Exception {
		this.mvc.perform(get("/kiosk").param("lang", "es"))
			.andExpect(content().string(containsString("<html lang=\"es\"")))
			.andExpect(content().string(containsString("Acerque su tarjeta al lector")))
			.andExpect(content().string(containsString("Los teléfonos con una app señalada se quedan fuera")));
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100004").param("pin", "4444"))
			.andExpect(content().string(containsString("Hola, Katherine Johnson")))
			.andExpect(content().string(containsString("data-lang=\"es\"")));
		this.mvc.perform(post("/kiosk/cancel"))
			.andExpect(content().string(containsString("Hold your badge to the reader")))
			.andExpect(content().string(containsString("data-lang=\"en\"")));
		this.mvc.perform(get("/kiosk/screen").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("请将工牌靠近读卡器")));
		this.mvc.perform(get("/kiosk/screen").param("lang", "klingon"))
			.andExpect(content().string(containsString("请将工牌靠近读卡器")));
		this.mvc.perform(get("/kiosk/screen").param("lang", "en"))
			.andExpect(content().string(containsString("Hold your badge to the reader")));
	}

	@Test
	void anEmployeeIsGreetedInTheirPreferredLanguageUnlessTheVisitorChoseOne() throws Exception {
		this.jdbc.sql("UPDATE employee SET language = 'zh-CN' WHERE badge_id = '100002'").update();
		try {
			this.mvc.perform(post("/kiosk/identify").param("badgeId", "100002").param("pin", "2222"))
				.andExpect(content().string(containsString("您好，Grace Hopper")));
			this.mvc.perform(post("/kiosk/cancel"))
				.andExpect(content().string(containsString("Hold your badge to the reader")));
			this.mvc.perform(get("/kiosk/screen").param("lang", "es"));
			this.mvc.perform(post("/kiosk/identify").param("badgeId", "100002").param("pin", "2222"))
				.andExpect(content().string(containsString("Hola, Grace Hopper")));
		}
		finally {
			this.mvc.perform(post("/kiosk/cancel"));
			this.jdbc.sql("UPDATE employee SET language = NULL WHERE badge_id = '100002'").update();
		}
	}

	@Test
	void aWrongPinKeepsTheBadgeNumberAndSaysSoInTheScreensLanguage() throws Exception {
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100003").param("pin", "9999"))
			.andExpect(content().string(containsString("That PIN is not right.")))
			.andExpect(content().string(containsString(
					"name=\"badgeId\" inputmode=\"numeric\" maxlength=\"32\" required value=\"100003\"")));
		this.mvc.perform(get("/kiosk/screen").param("lang", "es"));
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100003").param("pin", "9998"))
			.andExpect(content().string(containsString("Ese PIN no es correcto.")))
			.andExpect(content().string(containsString("value=\"100003\"")));
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "999999").param("pin", "1234"))
			.andExpect(content().string(containsString("El quiosco no conoce esa tarjeta.")))
			.andExpect(content().string(not(containsString("value=\"999999\""))));
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100003").param("pin", "3333"));
		this.mvc.perform(post("/kiosk/cancel"));
	}

	@Test
	void anEmergencyReleaseIsAllTheScreenShows() throws Exception {
		this.emergency.openEverything("admin", "fire drill");
		try {
			this.mvc.perform(get("/kiosk/screen"))
				.andExpect(content().string(containsString("data-kind=\"EMERGENCY\"")))
				.andExpect(content().string(containsString("Every locker and the area door are open.")))
				.andExpect(content().string(not(containsString("Badge number"))));
			this.mvc.perform(get("/kiosk/screen").param("lang", "zh-CN"))
				.andExpect(content().string(containsString("所有储物柜和区域门都已打开。")));
		}
		finally {
			this.emergency.returnToNormal("admin", "drill over");
			this.mvc.perform(get("/kiosk/screen").param("lang", "en"));
		}
		this.mvc.perform(get("/kiosk/screen")).andExpect(content().string(containsString("data-kind=\"IDLE\"")));
	}

	@Test
	void aDeactivatedEmployeeIsNotLetInButTakesBackThePhoneTheyStored() throws Exception {
		new SimulationTestSupport(this.clock, this.radio).walk("tim-pixel", VirtualPosition.AT_DOOR);
		this.mvc.perform(post("/kiosk/identify").param("badgeId", "100005").param("pin", "5555"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/kiosk/store")).andExpect(content().string(containsString(" is open")));
		EmployeeId tim = EmployeeId
			.of(this.jdbc.sql("SELECT id FROM employee WHERE badge_id = '100005'").query(Long.class).single());
		int locker = this.storages.activeFor(tim).orElseThrow().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.setOccupied(locker, true);
		this.doors.closeDoor(locker);
		this.mvc.perform(get("/kiosk/screen")).andExpect(content().string(containsString("You may go in.")));
		this.mvc.perform(post("/kiosk/cancel"));

		this.administration.deactivate(tim, "left the company", "dana");
		try {
			this.mvc.perform(post("/kiosk/identify").param("badgeId", "100005").param("pin", "5555"))
				.andExpect(content().string(containsString("Locker " + locker + " is open")))
				.andExpect(content().string(not(containsString("Go in, leave it there"))));
			this.doors.openDoor(locker);
			this.mvc.perform(get("/kiosk/screen"))
				.andExpect(content().string(containsString("Take your phone and close the door.")));
			this.doors.setOccupied(locker, false);
			this.doors.closeDoor(locker);
			this.mvc.perform(get("/kiosk/screen"))
				.andExpect(content().string(containsString("Locker " + locker + " is free again.")));
			this.mvc.perform(post("/kiosk/cancel"));

			this.mvc.perform(post("/kiosk/identify").param("badgeId", "100005").param("pin", "5555"))
				.andExpect(content().string(containsString("This badge may not check in any more.")));
		}
		finally {
			this.administration.reactivate(tim, "dana");
			this.mvc.perform(post("/kiosk/cancel"));
		}
	}

	@Test
	void aLanguageChosenOnTheIdleScreenAndLeftUnusedGivesWayToTheKiosksOwn() throws Exception {
		this.mvc.perform(get("/kiosk").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")));
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(get("/kiosk/screen"))
			.andExpect(content().string(containsString("请将工牌靠近读卡器")))
			.andExpect(content().string(not(containsString("Hold your badge to the reader"))));
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		this.mvc.perform(get("/kiosk/screen"))
			.andExpect(content().string(containsString("Hold your badge to the reader")))
			.andExpect(content().string(not(containsString("请将工牌靠近读卡器"))));
	}

}
