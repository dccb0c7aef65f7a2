package org.cloakroom.kiosk;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test (or, for a report that arrives between tests, the test class) during
 * which HikariCP reported a connection held past
 * {@code spring.datasource.hikari.leak-detection-threshold}. Registered for every test
 * through {@code META-INF/services} and {@code junit-platform.properties}; the reports
 * come from {@link ConnectionLeakReports}, wired in {@code logback-test.xml}.
 */
public class ConnectionLeakGuard implements AfterEachCallback, AfterAllCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		verifyNoLeakReported();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		verifyNoLeakReported();
	}

	/**
	 * @throws AssertionError naming each leak reported since the last check, with where
	 * the connection was borrowed
	 */
	public void verifyNoLeakReported() {
		List<String> leaks = ConnectionLeakReports.take();
		if (!leaks.isEmpty()) {
			throw new AssertionError("HikariCP reported " + leaks.size()
					+ " connection(s) held past the leak-detection threshold (an unclosed Stream, "
					+ "ResultSet or Connection?):\n" + String.join("\n", leaks));
		}
	}

}
