package org.cloakroom.kiosk.violation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the rules' clock-driven part every five seconds (tests call
 * {@link Violations#check()} after moving their clock). Off with
 * {@code cloakroom.scheduling.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
class ViolationTicker {

	private final Violations violations;

	ViolationTicker(Violations violations) {
		this.violations = violations;
	}

	@Scheduled(fixedDelay = 5000)
	void check() {
		this.violations.check();
	}

}
