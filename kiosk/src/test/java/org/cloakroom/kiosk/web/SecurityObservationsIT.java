package org.cloakroom.kiosk.web;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.cloakroom.kiosk.SimulationIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's own observations are off (application.yml), the requests' are not: a
 * request pays for the timing somebody can read, not for one per security filter.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SecurityObservationsIT {

	@Autowired
	private ObservationRegistry observations;

	@Test
	void theSecurityFiltersAreNotObserved() {
		assertThat(Observation.start("spring.security.filterchains", this.observations).isNoop()).isTrue();
		assertThat(Observation.start("spring.security.authorizations", this.observations).isNoop()).isTrue();
	}

	@Test
	void requestsStillAre() {
		assertThat(Observation.start("http.server.requests", this.observations).isNoop()).isFalse();
	}

}
