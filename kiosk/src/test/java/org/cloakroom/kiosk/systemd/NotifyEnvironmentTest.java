package org.cloakroom.kiosk.systemd;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What systemd passes in the environment, read as sd_notify(3) and sd_watchdog_enabled(3)
 * say.
 */
class NotifyEnvironmentTest {

	private static final long PID = 4242;

	@Test
	void pingsTheWatchdogEveryHalfOfWatchdogUsec() {
		assertThat(read(Map.of("NOTIFY_SOCKET", "/run/systemd/notify", "WATCHDOG_USEC", "60000000")))
			.hasValueSatisfying((notify) -> {
				assertThat(notify.socket()).isEqualTo("/run/systemd/notify");
				assertThat(notify.watchdog()).hasValue(Duration.ofSeconds(30));
			});
	}

	@Test
	void feedsTheWatchdogOnlyWhenWatchdogPidIsUnsetOrThisProcess() {
		assertThat(read(Map.of("NOTIFY_SOCKET", "@n", "WATCHDOG_USEC", "2000000", "WATCHDOG_PID", "4242")))
			.hasValueSatisfying((notify) -> assertThat(notify.watchdog()).hasValue(Duration.ofSeconds(1)));
		assertThat(read(Map.of("NOTIFY_SOCKET", "@n", "WATCHDOG_USEC", "2000000", "WATCHDOG_PID", "1")))
			.hasValueSatisfying((notify) -> assertThat(notify.watchdog()).isEmpty());
	}

	@Test
	void hasNoWatchdogWithoutWatchdogUsecOrWithOneThatIsNotANumber() {
		assertThat(read(Map.of("NOTIFY_SOCKET", "@n")))
			.hasValueSatisfying((notify) -> assertThat(notify.watchdog()).isEmpty());
		assertThat(read(Map.of("NOTIFY_SOCKET", "@n", "WATCHDOG_USEC", "sixty")))
			.hasValueSatisfying((notify) -> assertThat(notify.watchdog()).isEmpty());
		assertThat(read(Map.of("NOTIFY_SOCKET", "@n", "WATCHDOG_USEC", "0")))
			.hasValueSatisfying((notify) -> assertThat(notify.watchdog()).isEmpty());
	}

	@Test
	void isAbsentWithoutNotifySocket() {
		assertThat(read(Map.of("WATCHDOG_USEC", "60000000"))).isEmpty();
		assertThat(read(Map.of("NOTIFY_SOCKET", ""))).isEmpty();
	}

	private static Optional<NotifyEnvironment> read(Map<String, String> variables) {
		return NotifyEnvironment.read(variables::get, PID);
	}

}
