package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;

import com.pi4j.context.Context;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reports the locker bank's GPIO as the health component "gpio". */
final class GpioHealthIndicator implements HealthIndicator {

	private final Context context;

	private final GpioProvider provider;

	private final Path wiringFile;

	private final int lockers;

	GpioHealthIndicator(Context context, GpioProvider provider, Path wiringFile, int lockers) {
		this.context = context;
		this.provider = provider;
		this.wiringFile = wiringFile;
		this.lockers = lockers;
	}

	@Override
	public Health health() {
		Health.Builder health = this.context.isShutdown()
				? Health.down().withDetail("reason", "Pi4J context is shut down") : Health.up();
		return health.withDetail("provider", Pi4jContexts.name(this.provider))
			.withDetail("wiringFile", this.wiringFile.toString())
			.withDetail("lockers", this.lockers)
			.build();
	}

}
