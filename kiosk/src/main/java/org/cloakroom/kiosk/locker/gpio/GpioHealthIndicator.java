package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.pi4j.context.Context;

import org.cloakroom.kiosk.locker.expander.ExpanderChips;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the locker bank's GPIO as the health component "gpio", with each expander's and
 * each locker board's state ("answering at ...", "silent: why"). A silent controller
 * leaves the component UP: the other lockers work on, and its own are in FAULT with an
 * alert for the officers.
 */
final class GpioHealthIndicator implements HealthIndicator {

	private final Context context;

	private final GpioProvider provider;

	private final Path wiringFile;

	private final int lockers;

	private final Optional<ExpanderChips> expanders;

	private final Supplier<Map<String, String>> boards;

	GpioHealthIndicator(Context context, GpioProvider provider, Path wiringFile, int lockers) {
		this(context, provider, wiringFile, lockers, LineFactory.chips(context), Map::of);
	}

	/**
	 * @param boards each locker board's state by name
	 * ({@link org.cloakroom.kiosk.locker.board.Boards#states()}); empty when the bank has
	 * none
	 */
	GpioHealthIndicator(Context context, GpioProvider provider, Path wiringFile, int lockers,
			Optional<ExpanderChips> expanders, Supplier<Map<String, String>> boards) {
		this.expanders = expanders;
		this.boards = boards;
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
		this.expanders.ifPresent((chips) -> controllers(health, "expanders", "silentExpanders", chips.states()));
		Map<String, String> boards = this.boards.get();
		if (!boards.isEmpty()) {
			controllers(health, "boards", "silentBoards", boards);
		}
		return health.build();
	}

	private static void controllers(Health.Builder health, String detail, String silentDetail,
			Map<String, String> states) {
		health.withDetail(detail, states)
			.withDetail(silentDetail, states.values().stream().filter((state) -> state.startsWith("silent")).count());
	}

}
