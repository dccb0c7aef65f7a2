package org.cloakroom.kiosk.systemd;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What systemd passed in the environment (sd_notify(3), sd_watchdog_enabled(3)): the
 * notification socket, and the watchdog's ping interval, half of {@code WATCHDOG_USEC},
 * when the watchdog is on and meant for this process ({@code WATCHDOG_PID} unset or
 * ours).
 *
 * @param socket the socket as {@code NOTIFY_SOCKET} names it ({@code @...}: abstract)
 * @param watchdogPing how often to send {@code WATCHDOG=1}; {@code null} without a
 * watchdog
 */
record NotifyEnvironment(String socket, Duration watchdogPing) {

	private static final Logger logger = LoggerFactory.getLogger(NotifyEnvironment.class);

	NotifyEnvironment {
		if (socket == null || socket.isBlank()) {
			throw new IllegalArgumentException("NOTIFY_SOCKET is empty");
		}
	}

	/** Read from {@code variables}; empty when {@code NOTIFY_SOCKET} is not set. */
	static Optional<NotifyEnvironment> read(Function<String, String> variables, long pid) {
		String socket = variables.apply("NOTIFY_SOCKET");
		if (socket == null || socket.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new NotifyEnvironment(socket, watchdogPing(variables, pid)));
	}

	Optional<Duration> watchdog() {
		return Optional.ofNullable(this.watchdogPing);
	}

	private static Duration watchdogPing(Function<String, String> variables, long pid) {
		String usec = variables.apply("WATCHDOG_USEC");
		String watchdogPid = variables.apply("WATCHDOG_PID");
		if (usec == null || usec.isBlank()) {
			return null;
		}
		if (watchdogPid != null && !watchdogPid.isBlank() && !watchdogPid.trim().equals(Long.toString(pid))) {
			return null;
		}
		try {
			long microseconds = Long.parseLong(usec.trim());
			if (microseconds <= 0) {
				throw new NumberFormatException("not positive");
			}
			return Duration.ofNanos(microseconds * 1000).dividedBy(2);
		}
		catch (NumberFormatException ex) {
			logger.warn("WATCHDOG_USEC='{}' is not a positive number of microseconds: the watchdog is not fed "
					+ "(if systemd set a watchdog it will restart the kiosk)", usec);
			return null;
		}
	}

}
