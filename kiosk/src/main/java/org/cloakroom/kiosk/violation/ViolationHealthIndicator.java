package org.cloakroom.kiosk.violation;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The rules' figures: open episodes, and the unenrolled phones inside that the area
 * policy counts rather than alerts.
 */
@Component("violationsHealthIndicator")
class ViolationHealthIndicator implements HealthIndicator {

	private final Violations violations;

	ViolationHealthIndicator(Violations violations) {
		this.violations = violations;
	}

	@Override
	public Health health() {
		return Health.up()
			.withDetail("openEpisodes", this.violations.openEpisodes())
			.withDetail("unenrolledPhonesInsideCounted", this.violations.unenrolledCounted())
			.build();
	}

}
