package org.cloakroom.kiosk.checkin;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The check-in reads its run-time settings at each use: a timeout an admin shortened ends
 * a check-in already open, and a shorter seen-within no longer counts a phone heard a
 * while ago as here at the door.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:run-time-check-in;DB_CLOSE_DELAY=-1")
class RunTimeCheckInSettingsIT {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private RunTimeSettings settings;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	private SimulationTestSupport world;

	@BeforeEach
	void setUp() {
		this.world = new SimulationTestSupport(this.clock, this.radio);
	}

	@AfterEach
	void backToConfiguration() {
		this.settings.reset(RunTimeSetting.CHECK_IN_TIMEOUT, "dana");
		this.settings.reset(RunTimeSetting.CHECK_IN_SEEN_WITHIN, "dana");
		this.radio.setQuiet("ada-pixel", false);
		this.radio.moveTo("ada-pixel", VirtualPosition.AWAY);
		this.world.pass(Duration.ofMinutes(4));
	}

	@Test
	void aShortenedTimeoutEndsACheckInAlreadyOpen() {
		CheckInView open = this.checkIns.start(Identification.read("100001"));
		this.clock.advance(Duration.ofSeconds(45));
		assertThat(this.checkIns.get(open.id()).id()).isEqualTo(open.id());

		this.settings.change(RunTimeSetting.CHECK_IN_TIMEOUT, "30s", "dana");

		assertThatExceptionOfType(CheckInRefusal.Ended.class).isThrownBy(() -> this.checkIns.get(open.id()));
	}

	@Test
	void aShorterSeenWithinNoLongerCountsAPhoneHeardAWhileAgo() {
		this.world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		this.radio.setQuiet("ada-pixel", true);
		this.world.pass(Duration.ofSeconds(12));
		assertThat(this.checkIns.start(Identification.read("100001")).phones()).hasSize(1)
			.allSatisfy((phone) -> assertThat(phone.seenNearby()).isTrue());

		this.settings.change(RunTimeSetting.CHECK_IN_SEEN_WITHIN, "5s", "dana");

		assertThat(this.checkIns.start(Identification.read("100001")).phones()).hasSize(1)
			.allSatisfy((phone) -> assertThat(phone.seenNearby()).isFalse());
	}

}
