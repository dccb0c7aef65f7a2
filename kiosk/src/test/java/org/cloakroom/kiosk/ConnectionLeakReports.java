package org.cloakroom.kiosk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Collects HikariCP's connection-leak reports (WARN from
 * {@code com.zaxxer.hikari.pool.ProxyLeakTask}), each with the frames of our code that
 * borrowed the connection. Logback creates a new appender at every reconfiguration, so
 * the reports live in one static queue that {@link ConnectionLeakGuard} drains.
 */
public class ConnectionLeakReports extends AppenderBase<ILoggingEvent> {

	private static final Queue<String> reports = new ConcurrentLinkedQueue<>();

	private static final int FRAMES = 8;

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)) {
			reports.add(event.getFormattedMessage() + borrowedAt(event.getThrowableProxy()));
		}
	}

	/** Whether a leak was reported and not yet taken. */
	public static boolean any() {
		return !reports.isEmpty();
	}

	/** The reports since the last call, oldest first; the queue is empty afterwards. */
	public static List<String> take() {
		List<String> taken = new ArrayList<>();
		for (String report = reports.poll(); report != null; report = reports.poll()) {
			taken.add(report);
		}
		return taken;
	}

	private static String borrowedAt(IThrowableProxy borrowing) {
		if (borrowing == null) {
			return "";
		}
		return Arrays.stream(borrowing.getStackTraceElementProxyArray())
			.map(StackTraceElementProxy::getStackTraceElement)
			.filter((frame) -> frame.getClassName().startsWith("org.cloakroom."))
			.limit(FRAMES)
			.map((frame) -> "\n\tborrowed at " + frame)
			.collect(Collectors.joining());
	}

}
