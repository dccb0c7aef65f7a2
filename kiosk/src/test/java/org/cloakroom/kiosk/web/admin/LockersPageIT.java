package org.cloakroom.kiosk.web.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin console's Lockers section: the bank drawn from the wiring file, each action
 * in the signed-in admin's name with its result or refusal in words, the emergency open
 * and return to normal, and a candidate wiring file checked by upload.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:lockers-page;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class LockersPageIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Lockers lockers;

	@Autowired
	private EmergencyRelease emergency;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AuditLog log;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@AfterEach
	void backToNormal() {
		if (this.emergency.current().isPresent()) {
			this.emergency.returnToNormal("cleanup", "test over");
		}
	}

	@Test
	void drawsTheBankAsWiredWithEachLockersStateForAdminsOnly() throws Exception {
		String page = this.mvc.perform(get("/admin/lockers").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.split("<tr>", -1)).as("3 rows of lockers and the wiring table's rows").hasSizeGreaterThan(3);
		assertThat(page.split("data-locker=", -1)).as("12 lockers").hasSize(13);
		assertThat(page).contains("Fire-alarm input: clear")
			.contains("usable. Bank demo, 12 lockers in 4 columns and 3 rows.");
		this.mvc.perform(get("/admin/lockers").with(SignedIn.officer())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/lockers/bank").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
	}

	@Test
	void takesALockerOutOfServiceAndBackInTheAdminsNameAndShowsARefusalInWords() throws Exception {
		act(11, "out-of-service", "hinge broken").andExpect(redirectedUrl("/admin/lockers?locker=11"))
			.andExpect(flash().attribute("done", "Locker 11 is out of service."));
		assertThat(this.lockers.get(LockerId.of(11)).state()).isEqualTo(LockerState.OUT_OF_SERVICE);
		assertThat(lastAbout("locker:11").details()).contains("\"by\":\"dana\"", "hinge broken");

		act(11, "out-of-service", "again")
			.andExpect(flash().attribute("refused", "Locker 11 cannot be taken out of service while OUT_OF_SERVICE"));
		act(11, "in-service", "hinge replaced").andExpect(flash().attribute("done", "Locker 11 is back in service."));
		act(11, "clear-fault", "").andExpect(flash().attribute("refused", "note must not be blank"));
		this.mvc.perform(get("/admin/lockers?locker=11").with(SignedIn.admin()))
			.andExpect(content().string(containsString("/admin/lockers/11/test-pulse")));
	}

	@Test
	void pulsesTheLockOfAnEmptyLockerAuditedAndRefusesOneHoldingAPhone() throws Exception {
		this.mvc.perform(post("/admin/lockers/10/test-pulse").with(SignedIn.admin()).with(csrf()))
			.andExpect(flash().attribute("done", "The lock of locker 10 was pulsed."));
		assertThat(this.doors.isUnlocked(10)).as("the pulse is on").isTrue();
		AuditEntry pulsed = lastAbout("locker:10");
		assertThat(pulsed.type()).isEqualTo("LockTestPulsed");
		assertThat(pulsed.details()).contains("\"by\":\"dana\"", "\"state\":\"FREE\"");

		new SimulationTestSupport(this.clock, this.radio).walk("grace-iphone", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.store(this.checkIns.start(Identification.typed("100002", "2222")).id());
		int stored = checkIn.storage().lockerId().value();
		this.doors.openDoor(stored);
		this.doors.closeDoor(stored);
		this.mvc.perform(post("/admin/lockers/" + stored + "/test-pulse").with(SignedIn.admin()).with(csrf()))
			.andExpect(flash().attribute("refused", containsString("cannot be test-pulsed while STORED")));
		assertThat(this.doors.isUnlocked(stored)).isFalse();
	}

	@Test
	void opensEverythingOnlyWithTheTypedConfirmationShowsItOnEveryPageAndReturnsToNormal() throws Exception {
		this.mvc
			.perform(post("/admin/lockers/emergency/open").with(SignedIn.admin())
				.with(csrf())
				.param("reason", "drill")
				.param("confirmation", "open"))
			.andExpect(flash().attribute("refused",
					"Type OPEN ALL to confirm the emergency open of every locker " + "and the area door"));
		assertThat(this.emergency.current()).isEmpty();

		this.mvc
			.perform(post("/admin/lockers/emergency/open").with(SignedIn.admin())
				.with(csrf())
				.param("reason", "fire drill")
				.param("confirmation", "OPEN ALL"))
			.andExpect(
					flash().attribute("done", "Every locker and the area door are open: emergency release in force."));
		assertThat(this.emergency.current()).hasValueSatisfying((view) -> assertThat(view.by()).isEqualTo("dana"));
		for (String page : new String[] { "/admin/lockers", "/officer", "/account/password" }) {
			this.mvc.perform(get(page).with(SignedIn.admin()))
				.andExpect(content().string(containsString("class=\"emergency-banner\"")));
		}
		this.mvc.perform(get("/admin/lockers").with(SignedIn.admin()))
			.andExpect(content().string(containsString("opened by dana: fire drill")))
			.andExpect(content().string(containsString("action=\"/admin/lockers/emergency/end\"")));

		this.mvc.perform(
				post("/admin/lockers/emergency/end").with(SignedIn.admin()).with(csrf()).param("note", "drill over"))
			.andExpect(flash().attribute("done",
					"Back to normal: every lock follows its locker again and the area door is shut."));
		assertThat(this.emergency.current()).isEmpty();
		this.mvc.perform(get("/officer").with(SignedIn.admin()))
			.andExpect(content().string(not(containsString("class=\"emergency-banner\""))));
	}

	@Test
	void checksAnUploadedWiringFileAndNamesItsProblemsWithoutInstallingIt() throws Exception {
		byte[] demo = Files.readAllBytes(Path.of("../firmware-config/lockers/demo.yaml"));
		this.mvc
			.perform(multipart("/admin/lockers/wiring")
				.file(new MockMultipartFile("file", "new-bank.yaml", "application/yaml", demo))
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("new-bank.yaml: usable. Bank demo, 12 lockers")))
			.andExpect(content().string(containsString("A new bank takes effect when the kiosk restarts.")));

		String broken = new String(demo, java.nio.charset.StandardCharsets.UTF_8).replace("line: 16,", "line: 40,");
		this.mvc
			.perform(multipart("/admin/lockers/wiring")
				.file(new MockMultipartFile("file", "broken.yaml", "application/yaml", broken.getBytes()))
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("broken.yaml: not usable. Problems found: 1.")))
			.andExpect(content().string(containsString("lockers[0].lock.line")))
			.andExpect(content().string(containsString("BCM line 40 is not on the pi4")));
	}

	private ResultActions act(int locker, String step, String reason) throws Exception {
		return this.mvc.perform(post("/admin/lockers/" + locker + "/" + step).with(SignedIn.admin())
			.with(csrf())
			.param("reason", reason));
	}

	private AuditEntry lastAbout(String subject) {
		return this.log.about(subject, 100).stream().reduce((first, second) -> second).orElseThrow();
	}

}
