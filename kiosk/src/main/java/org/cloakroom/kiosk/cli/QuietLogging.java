package org.cloakroom.kiosk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Without Spring Boot's logging set-up, Logback logs everything at DEBUG to standard
 * output, which would bury the JSON that the tools print there. The tools log warnings
 * only, to standard error, and nothing of Pi4J's.
 */
final class QuietLogging {

	private QuietLogging() {
	}

	static void toStandardError() {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		context.reset();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%level %logger{20}: %msg%n");
		encoder.start();
		ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new ConsoleAppender<>();
		appender.setContext(context);
		appender.setTarget("System.err");
		appender.setEncoder(encoder);
		appender.start();
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.WARN);
		root.addAppender(appender);
		// Pi4J logs its board detection's failures off a Pi as ERRORs; the tools report
		// what matters through their own messages
		context.getLogger("com.pi4j").setLevel(Level.OFF);
	}

}
