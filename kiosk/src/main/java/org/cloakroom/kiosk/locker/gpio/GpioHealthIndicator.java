package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.pi4j.context.Context;

import org.cloakroom.kiosk.locker.expander.ExpanderChips;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the locker bank's GPIO as the health component "gpio", with each expander's
 * state ("answering at ...", "silent: why"). A silent expander leaves the component UP:
 * the other lockers work on, and its own are in FAULT with an alert for the officers.
 */
final class GpioHealthIndicator implements HealthIndicator {

	private final Context context;

	private final GpioProvider provider;

	private final Path wiringFile;

	private final int lockers;

	private final Optional<ExpanderChips> expanders;

	GpioHealthIndicator(Context context, GpioProvider provider, Path wiringFile, int lockers) {
		this(context, provider, wiringFile, lockers, LineFactory.chips(context));
	}

	GpioHealthIndicator(Context context, GpioProvider provider, Path wiringFile, int lockers,
			Optional<ExpanderChips> expanders) {
		this.expanders = expanders;
		this.context = context;
		this.provider = provider;
		this.wiringFile = wiringFile;
		this.lockers = lockers;
	}

	@Override
	public Health health() {
		Health.Builder health = this.context.isShutdown()
				? Health.down().withDetail("reason", "Pi4J context is shut down") : Health.up();
		health.withDetail("provider", Pi4jContexts.name(this.provider))
			.withDetail("wiringFile", this.wiringFile.toString())
			.withDetail("lockers", this.lockers);
		this.expanders.ifPresent((chips) -> {
			Map<String, String> states = chips.states();
			health.withDetail("expanders", states)
				.withDetail("silentExpanders",
						states.values().stream().filter((state) -> state.startsWith("silent")).count());
		});
		return health.build();
	}

}
