package org.cloakroom.kiosk.systemd;

import java.io.IOException;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The notifier, only when systemd started the kiosk with a notification socket
 * ({@code Type=notify} sets {@code NOTIFY_SOCKET}); a developer's run has none and sends
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("NOTIFY_SOCKET")
class SystemdConfiguration {

	/**
	 * How long the database may take to answer {@code SELECT 1} before the watchdog goes
	 * unfed: well inside systemd's 60 s, far beyond a healthy answer's milliseconds.
	 */
	static final Duration DATABASE_BOUND = Duration.ofSeconds(10);

	@Bean(destroyMethod = "close")
	NotifySocket notifySocket(Environment environment) throws IOException {
		return NotifySocket.open(environment.getRequiredProperty("NOTIFY_SOCKET"));
	}

	@Bean(destroyMethod = "close")
	DatabaseAnswers databaseAnswers(JdbcClient jdbc) {
		return DatabaseAnswers.selectOne(jdbc, DATABASE_BOUND);
	}

	@Bean(destroyMethod = "close")
	ServiceManagerNotifier serviceManagerNotifier(Environment environment, NotifySocket socket,
			ApplicationAvailability availability, DatabaseAnswers database, HealthEndpoint health) {
		NotifyEnvironment notify = NotifyEnvironment.read(environment::getProperty, ProcessHandle.current().pid())
			.orElseThrow();
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("systemd-notify-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		return new ServiceManagerNotifier(socket, notify.watchdog(), availability, database, new HealthSummary(health),
				scheduler);
	}

}
