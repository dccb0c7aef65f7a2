package org.cloakroom.kiosk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time for the whole application: one {@link Clock} bean that every module injects (tests
 * replace it), and the scheduled loops (locker deadlines, the simulated radio), which
 * tests switch off with {@code cloakroom.scheduling.enabled=false} so that they move time
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
	@EnableScheduling
	static class Scheduling {

	}

}
