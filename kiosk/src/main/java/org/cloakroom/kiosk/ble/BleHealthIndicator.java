package org.cloakroom.kiosk.ble;

import java.util.Objects;

import org.cloakroom.kiosk.ble.transport.TransportHealth;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The "ble" component of /actuator/health: DOWN when the transport is not scanning. */
@Component("bleHealthIndicator")
class BleHealthIndicator implements HealthIndicator {

	private final BleScanner scanner;

	private final BlePipeline pipeline;

	BleHealthIndicator(BleScanner scanner, BlePipeline pipeline) {
		this.scanner = scanner;
		this.pipeline = pipeline;
	}

	@Override
	public Health health() {
		TransportHealth transport = this.scanner.health();
		BleCounters counters = this.pipeline.counters();
		Health.Builder health = transport.scanning() ? Health.up() : Health.down();
		return health.withDetail("backend", this.scanner.transportName())
			.withDetail("transport", transport.detail())
			.withDetail("adapters", transport.adapterDetails())
			.withDetail("advertisements", counters.advertisements.sum())
			.withDetail("malformed", counters.malformed.sum())
			.withDetail("malformedByKind", counters.malformedByKind())
			.withDetail("notPhones", counters.notPhones.sum())
			.withDetail("devicesTracked", counters.devicesTracked)
			.withDetail("failures", counters.failed.sum())
			.withDetail("listenerFailures", counters.publishFailures.sum())
			.withDetail("adaptersHeard", this.pipeline.adaptersHeard())
			.withDetail("proximityLimits", Objects.requireNonNullElse(this.pipeline.proximityLimits(), "none"))
			.build();
	}

}
