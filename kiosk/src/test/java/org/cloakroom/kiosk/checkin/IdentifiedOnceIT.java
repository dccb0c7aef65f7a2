package org.cloakroom.kiosk.checkin;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.PinHasher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The kiosk identifies an employee once per conversation: a typed badge's PIN is checked
 * once (BCrypt is the slowest step at the door), not again by the check-in it starts.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:identified-once;DB_CLOSE_DELAY=-1")
class IdentifiedOnceIT {

	@Autowired
	private KioskDesk desk;

	@Autowired
	private JdbcClient jdbc;

	@MockitoSpyBean
	private PinHasher pins;

	@Test
	void aTypedBadgeStartsItsCheckInWithOnePinCheck() {
		KioskScreen screen = this.desk.identify(new Identification("100004", "4444"));

		assertThat(screen.kind()).isEqualTo(KioskScreen.Kind.CHECK_IN);
		verify(this.pins, times(1)).matches(eq("4444"), anyString());
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE type = 'CheckInStarted'")
			.query(String.class)
			.single()).contains("\"identifiedBy\":\"pin\"");
	}

}
