package org.cloakroom.kiosk.simulation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without the simulation profile the simulation's controls are not there at all: none of
 * its beans exists, and its paths answer 404 even to the kiosk itself. The program starts
 * as on a kiosk, with only the hardware swapped for stand-ins (simulated radio, Pi4J's
 * mock, the demo bank), and no profile active.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:no-simulation;DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false", "cloakroom.ble.backend=simulated", "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
		"cloakroom.enrolment.identity-key=94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=",
		"cloakroom.security.pin.hash-strength=4" })
@AutoConfigureMockMvc
class SimulationOnlyInItsProfileIT {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Test
	void noneOfTheSimulationsBeansExists() {
		assertThat(this.context.getEnvironment().getActiveProfiles()).isEmpty();
		for (Class<?> type : List.of(Simulation.class, SimulationApi.class, SimulationPanel.class,
				SimulationRestart.class, DemoSetup.class)) {
			assertThat(this.context.getBeanNamesForType(type)).as(type.getSimpleName()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/simulation", "/kiosk/simulation", "/api/v1/simulation" })
	void itsPagesAreNotFound(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/kiosk/simulation/badges/100001/tap", "/api/v1/simulation/badges/100001/tap",
			"/kiosk/simulation/restart", "/api/v1/simulation/restart", "/kiosk/simulation/lockers/1/door?open=true" })
	void itsControlsAreNotFound(String path) throws Exception {
		this.mvc.perform(post(path)).andExpect(status().isNotFound());
	}

	@Test
	void theKioskScreenShowsNoPanel() throws Exception {
		this.mvc.perform(get("/kiosk"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("sim-panel"))));
	}

	/** Without the simulation's page, nothing frames the kiosk screen. */
	@Test
	void theKioskScreenIsNeverFramed() throws Exception {
		this.mvc.perform(get("/kiosk"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
	}

}
