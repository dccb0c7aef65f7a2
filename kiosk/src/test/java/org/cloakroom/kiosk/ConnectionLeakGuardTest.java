package org.cloakroom.kiosk;

import java.sql.Connection;
import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The leak guard itself: a connection held past the threshold is reported, and the guard
 * fails on it naming where it was borrowed. The test takes the report, so the build stays
 * green.
 */
class ConnectionLeakGuardTest {

	@Test
	void failsOnAConnectionHeldPastTheThresholdNamingWhereItWasBorrowed() throws Exception {
		ConnectionLeakGuard guard = new ConnectionLeakGuard();
		guard.verifyNoLeakReported();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:leak-guard-proof");
		config.setPoolName("leak-guard-proof");
		config.setLeakDetectionThreshold(2000);
		try (HikariDataSource pool = new HikariDataSource(config); Connection held = borrowAndHold(pool)) {
			await().atMost(Duration.ofSeconds(15)).until(ConnectionLeakReports::any);

			assertThatExceptionOfType(AssertionError.class).isThrownBy(guard::verifyNoLeakReported)
				.withMessageContaining("held past the leak-detection threshold")
				.withMessageContaining("borrowed at org.cloakroom.kiosk.ConnectionLeakGuardTest.borrowAndHold");
			assertThat(ConnectionLeakReports.any()).as("the guard took the report").isFalse();
		}
	}

	private static Connection borrowAndHold(HikariDataSource pool) throws Exception {
		return pool.getConnection();
	}

}
