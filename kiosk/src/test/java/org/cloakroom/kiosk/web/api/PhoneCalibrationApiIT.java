package org.cloakroom.kiosk.web.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.Platform;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calibrating a phone at the kiosk's spot through the API and the admin console, with
 * what the adapters heard stood in for (a spy on {@link Presence}): an admin calibrates
 * (201, the samples with their verdicts, in the log with who did it), an officer may read
 * the calibration but not take one, an auditor neither; too few packets is a problem that
 * says how many were heard and how many are needed.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:phone-calibration-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PhoneCalibrationApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Enrolment enrolment;

	@MockitoSpyBean
	private Presence presence;

	@Test
	void anAdminCalibratesAPhoneAtTheSpotAndAnOfficerReadsIt() throws Exception {
		long phone = phone("B-9102");
		heard(phone, 25);

		this.mvc.perform(post("/api/v1/phones/" + phone + "/calibration").with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/phones/" + phone + "/calibration"))
			.andExpect(jsonPath("$.samples[0].adapter").value("door"))
			.andExpect(jsonPath("$.samples[0].source").value("enrolment"))
			.andExpect(jsonPath("$.samples[0].verdict").value("accepted"))
			.andExpect(jsonPath("$.calibration.calibrated").value(true));

		this.mvc.perform(get("/api/v1/phones/" + phone + "/calibration").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.spotLevels[0].spotLevelDbm").value(-47.0))
			.andExpect(jsonPath("$.spotLevels[0].accepted").value(1));
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE type = 'PhoneCalibrated' AND subject = ?")
			.param("phone:" + phone)
			.query(String.class)
			.single()).contains("\"by\":\"dana\"", "\"levelsDbm\":[-47.0]");
	}

	@Test
	void tooFewPacketsIsAProblemNamingHowManyWereHeardAndAreNeeded() throws Exception {
		long phone = phone("B-9104");
		heard(phone, 2);

		this.mvc.perform(post("/api/v1/phones/" + phone + "/calibration").with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("phone-not-heard"))
			.andExpect(jsonPath("$.detail").value(containsString("2 packets in the last 10 seconds, 5 are needed")))
			.andExpect(content().string(not(containsString("org.cloakroom"))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM calibration_sample WHERE phone_id = ?")
			.param(phone)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyAnAdminTakesACalibrationAndAnAuditorDoesNotReadOne() throws Exception {
		long phone = phone("B-9105");
		heard(phone, 25);

		this.mvc.perform(post("/api/v1/phones/" + phone + "/calibration").with(SignedIn.officer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/phones/" + phone + "/calibration").with(SignedIn.auditor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/phones/" + phone + "/calibration").with(SignedIn.auditor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/phones/" + phone + "/calibration")).andExpect(status().isUnauthorized());
	}

	@Test
	void thePhonePageShowsTheInstructionsAndItsButtonCalibrates() throws Exception {
		long phone = phone("B-9103");
		heard(phone, 25);
		String page = "/admin/employees/phones/" + phone;

		this.mvc.perform(get(page).with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hold it at the marked spot in front of the kiosk")))
			.andExpect(content().string(containsString("Not calibrated")))
			.andExpect(content().string(containsString("Calibrate at the spot")));

		this.mvc.perform(post(page + "/calibration").with(SignedIn.admin()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("done", "admin.employees.done.calibrated"));
		this.mvc.perform(get(page).with(SignedIn.admin()))
			.andExpect(content().string(containsString("Calibrated: confidence 78%")))
			.andExpect(content().string(containsString("-47.0 dBm")));
	}

	@Test
	void theButtonOnAPhoneHeardTooLittleComesBackWithTheRefusalInWords() throws Exception {
		long phone = phone("B-9101");
		heard(phone, 1);
		String page = "/admin/employees/phones/" + phone;

		this.mvc.perform(post(page + "/calibration").with(SignedIn.admin()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("problem", containsString("1 packets in the last 10 seconds, 5 are needed")));
	}

	@Test
	void theDemoCastComesCalibratedAtTheSpotFromTheRadioModel() throws Exception {
		long ada = this.jdbc
			.sql("SELECT p.id FROM phone p JOIN employee e ON e.id = p.employee_id WHERE e.badge_id = '100001'")
			.query(Long.class)
			.single();

		// the door adapter 0.4 m away, the inside one 5 m away behind the wall: −59 dBm
		// at 1
		// m, path-loss exponent 2.2, 10 dB for the wall
		String calibration = this.mvc.perform(get("/api/v1/phones/" + ada + "/calibration").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.calibrated").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(spotLevel(calibration, "door")).isCloseTo(-59 - 22 * Math.log10(0.4), within(0.01));
		assertThat(spotLevel(calibration, "inside")).isCloseTo(-59 - 22 * Math.log10(5) - 10, within(0.01));
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE type = 'PhoneCalibrated' AND subject = ?")
			.param("phone:" + ada)
			.query(String.class)
			.single()).contains("\"by\":\"simulation\"");
	}

	private static double spotLevel(String calibration, String adapter) {
		List<Number> levels = JsonPath.read(calibration,
				"$.spotLevels[?(@.adapter == '" + adapter + "')].spotLevelDbm");
		assertThat(levels).as("the spot levels on %s in %s", adapter, calibration).hasSize(1);
		return levels.get(0).doubleValue();
	}

	/**
	 * A phone enrolled for this test alone, with a fixed address (the demo cast's phones
	 * come calibrated from the simulation).
	 */
	private long phone(String badge) {
		EmployeeRef employee = this.enrolment.enrolEmployee("Mary Jackson " + badge, badge, "24680", "dana");
		PhoneRef phone = this.enrolment.enrolPhone(employee.id(), "Pixel 9", Platform.ANDROID, "dana");
		this.enrolment.addIdentity(phone.id(),
				new FixedAddressIdentity(BleAddress.parse("C0:11:22:33:44:" + badge.substring(badge.length() - 2))),
				"dana");
		return phone.id().value();
	}

	private void heard(long phone, int packets) {
		long identity = this.jdbc.sql("SELECT MIN(id) FROM ble_identity WHERE phone_id = ?")
			.param(phone)
			.query(Long.class)
			.single();
		doReturn(List.of(new HeardLevel(identity, "door", -47, 2, packets))).when(this.presence)
			.levels(eq(phone), any(), any());
	}

}
