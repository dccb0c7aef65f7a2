package org.cloakroom.kiosk.settings;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A run-time setting saved on the console outlives a restart (a new
 * {@link RunTimeSettings} over the same database) and wins over the configuration until
 * it is reset; a use without a console value gets the configured value it holds; values
 * out of range are refused, and a stored one that no longer fits is left to the
 * configuration.
 */
@ApplicationModuleTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:settings-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false", "cloakroom.checkin.timeout=2m" })
class RunTimeSettingsRestartIT {

	@Autowired
	RunTimeSettings settings;

	@Autowired
	RunTimeSettingTable table;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToConfiguration() {
		for (RunTimeSetting setting : RunTimeSetting.values()) {
			this.settings.reset(setting, "dana");
		}
	}

	@Test
	void aConsoleValueOutlivesARestartAndWinsUntilReset() {
		assertThat(this.settings.duration(RunTimeSetting.CHECK_IN_TIMEOUT, Duration.ofMinutes(2)))
			.isEqualTo(Duration.ofMinutes(2));
		this.settings.change(RunTimeSetting.CHECK_IN_TIMEOUT, "90s", "dana");
		this.settings.change(RunTimeSetting.ALERT_SOUND_ENABLED, "false", "dana");

		RunTimeSettings restarted = restart();
		assertThat(restarted.duration(RunTimeSetting.CHECK_IN_TIMEOUT, Duration.ofMinutes(2)))
			.isEqualTo(Duration.ofSeconds(90));
		assertThat(restarted.flag(RunTimeSetting.ALERT_SOUND_ENABLED, true)).isFalse();
		assertThat(restarted.wholeNumber(RunTimeSetting.ALERT_SOUND_FREQUENCY, 880)).isEqualTo(880);
		assertThat(restarted.settings()).filteredOn((state) -> state.setting() == RunTimeSetting.CHECK_IN_TIMEOUT)
			.singleElement()
			.satisfies((state) -> {
				assertThat(state.value()).isEqualTo("90s");
				assertThat(state.configured()).isEqualTo("2m");
				assertThat(state.changedBy()).isEqualTo("dana");
			});

		restarted.reset(RunTimeSetting.CHECK_IN_TIMEOUT, "dana");
		assertThat(restart().duration(RunTimeSetting.CHECK_IN_TIMEOUT, Duration.ofMinutes(2)))
			.isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void refusesValuesOutOfRangeAndIgnoresAStoredOneThatNoLongerFits() {
		assertThatExceptionOfType(SettingsRefusal.class)
			.isThrownBy(() -> this.settings.change(RunTimeSetting.ALERT_SOUND_FREQUENCY, "20000", "dana"));
		assertThatExceptionOfType(SettingsRefusal.class)
			.isThrownBy(() -> this.settings.change(RunTimeSetting.ALERT_SOUND_ENABLED, "maybe", "dana"));

		this.table.put("cloakroom.checkin.seen-within", "2h", "dana", this.clock.instant());
		this.table.put("cloakroom.no.such", "1", "dana", this.clock.instant());
		try {
			assertThat(restart().duration(RunTimeSetting.CHECK_IN_SEEN_WITHIN, Duration.ofSeconds(30)))
				.isEqualTo(Duration.ofSeconds(30));
		}
		finally {
			this.table.remove("cloakroom.no.such");
		}
	}

	private RunTimeSettings restart() {
		return new RunTimeSettings(this.table, this.environment, this.events, this.clock);
	}

}
