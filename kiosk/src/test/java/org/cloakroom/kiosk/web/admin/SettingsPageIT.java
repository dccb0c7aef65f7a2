package org.cloakroom.kiosk.web.admin;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.checkin.CheckInProperties;
import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The settings page: a run-time setting saved there is in force at its next use (the
 * officers' alert tone on their next page), audited with the admin's name and the values
 * before and after, and given back to the configuration; a value out of range is refused
 * in words; the restart-only settings are listed with where they are set. The
 * configuration's values it shows are those the kiosk runs with. For admins only.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-settings-page;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SettingsPageIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RunTimeSettings settings;

	@Autowired
	private CheckInProperties checkIn;

	@AfterEach
	void backToConfiguration() {
		for (RunTimeSetting setting : RunTimeSetting.values()) {
			this.settings.reset(setting, "dana");
		}
	}

	@Test
	void aSettingSavedThereIsInForceAtItsNextUseAndAudited() throws Exception {
		assertThat(officerPage()).contains("data-alert-sound-frequency=\"880\"");
		long before = audited();

		this.mvc
			.perform(post("/admin/settings").param("setting", "cloakroom.alerts.sound.frequency")
				.param("value", "440")
				.with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/settings"));

		assertThat(officerPage()).contains("data-alert-sound-frequency=\"440\"");
		assertThat(audited()).isEqualTo(before + 1);
		assertThat(newestDetails()).contains("\"setting\":\"cloakroom.alerts.sound.frequency\"", "\"before\":\"880\"",
				"\"after\":\"440\"", "\"by\":\"dana\"", "\"reset\":false");
		assertThat(page()).contains("Set on the console by dana at ");

		this.mvc
			.perform(post("/admin/settings").param("setting", "cloakroom.alerts.sound.frequency")
				.param("reset", "reset")
				.with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/settings"));
		assertThat(officerPage()).contains("data-alert-sound-frequency=\"880\"");
		assertThat(newestDetails()).contains("\"after\":\"880\"", "\"reset\":true", "\"by\":\"dana\"");
	}

	@Test
	void theCheckInsWaitsAreReadAtEachUse() throws Exception {
		this.mvc
			.perform(post("/admin/settings").param("setting", "cloakroom.checkin.timeout")
				.param("value", "90s")
				.with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/settings"));
		assertThat(this.settings.duration(RunTimeSetting.CHECK_IN_TIMEOUT, this.checkIn.timeout()))
			.isEqualTo(Duration.ofSeconds(90));
		assertThat(this.settings.duration(RunTimeSetting.CHECK_IN_SEEN_WITHIN, this.checkIn.seenWithin()))
			.isEqualTo(this.checkIn.seenWithin());
	}

	@Test
	void aValueOutOfRangeIsRefusedInWordsAndChangesNothing() throws Exception {
		long before = audited();
		String refused = this.mvc
			.perform(post("/admin/settings").param("setting", "cloakroom.checkin.timeout")
				.param("value", "5h")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("cloakroom.checkin.timeout takes a value from 30s to 60m, got &#39;5h&#39;");
		this.mvc
			.perform(post("/admin/settings").param("setting", "cloakroom.locker.wiring-file")
				.param("value", "/tmp/x.yaml")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest());
		assertThat(audited()).isEqualTo(before);
	}

	@Test
	void showsTheConfigurationsValuesAndTheRestartOnlySettings() throws Exception {
		String page = page();
		assertThat(this.settings.settings()).allSatisfy((state) -> assertThat(state.setOnConsole()).isFalse());
		assertThat(
				this.settings.settings().stream().filter((state) -> state.setting() == RunTimeSetting.CHECK_IN_TIMEOUT))
			.singleElement()
			.satisfies((state) -> assertThat(Duration.parse("PT" + state.value().toUpperCase()))
				.isEqualTo(this.checkIn.timeout()));
		assertThat(page)
			.contains("cloakroom.locker.wiring-file", "firmware-config/lockers/demo.yaml",
					"CLOAKROOM_LOCKER_WIRING_FILE", "cloakroom.security.signin.idle-timeout")
			.doesNotContain("??");
	}

	@Test
	void onlyAdminsSeeOrUseThePage() throws Exception {
		this.mvc.perform(get("/admin/settings").with(SignedIn.officer())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/settings").param("setting", "cloakroom.alerts.sound.enabled")
				.param("value", "false")
				.with(SignedIn.officer()))
			.andExpect(status().isForbidden());
		assertThat(this.settings.flag(RunTimeSetting.ALERT_SOUND_ENABLED, true)).isTrue();
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/admin/settings").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String officerPage() throws Exception {
		return this.mvc.perform(get("/officer").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long audited() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = 'RunTimeSettingChanged'")
			.query(Long.class)
			.single();
	}

	private String newestDetails() {
		return this.jdbc
			.sql("SELECT details FROM audit_event WHERE type = 'RunTimeSettingChanged' ORDER BY sequence DESC LIMIT 1")
			.query(String.class)
			.single();
	}

}
