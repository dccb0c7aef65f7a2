package org.cloakroom.kiosk.badge.wiegand;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;

/**
 * The two lines on Pi4J's mock provider (the simulation and tests), in a Pi4J context of
 * the reader's own. Pi4J's events carry no time, so each edge is stamped from the kiosk's
 * clock as its listener runs; a timer checks for the end of a frame against the same
 * clock, so a test that moves the clock decides when a frame ends.
 */
final class MockEdges implements EdgeSource {

	/** How often the end of a frame is looked for: a fraction of the frame timeout. */
	static final long TICK_MILLIS = 5;

	private final String reader;

	private final Map<WiegandLine, Integer> bcm = new EnumMap<>(WiegandLine.class);

	private final Clock clock;

	private final Map<WiegandLine, MockDigitalInput> inputs = new EnumMap<>(WiegandLine.class);

	private Context context;

	private ScheduledExecutorService ticks;

	MockEdges(String reader, int d0, int d1, Clock clock) {
		this.reader = reader;
		this.bcm.put(WiegandLine.D0, d0);
		this.bcm.put(WiegandLine.D1, d1);
		this.clock = clock;
	}

	@Override
	public synchronized void start(Edges edges) {
		this.context = Pi4J.newContextBuilder()
			.noAutoDetect()
			.disableShutdownHook()
			.add(new MockPlatform())
			.add(MockDigitalInputProvider.newInstance())
			.build();
		for (WiegandLine line : WiegandLine.values()) {
			MockDigitalInput input = (MockDigitalInput) this.context.create(DigitalInput.newConfigBuilder(this.context)
				.id("wiegand-" + this.reader + "-" + line.name().toLowerCase(Locale.ROOT))
				.address(this.bcm.get(line))
				.pull(PullResistance.PULL_UP)
				.debounce(0L)
				.provider(MockDigitalInputProvider.ID)
				.build());
			// idle high, as the reader's pull-ups hold it
			input.mockState(DigitalState.HIGH);
			input.addListener((event) -> {
				if (event.state() == DigitalState.LOW) {
					edges.falling(line, now());
				}
				else {
					edges.rising(line, now());
				}
			});
			this.inputs.put(line, input);
		}
		this.ticks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "wiegand-" + this.reader + "-ticks");
			thread.setDaemon(true);
			return thread;
		});
		this.ticks.scheduleAtFixedRate(() -> edges.tick(now()), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** The mock input a test or the simulation drives. */
	MockDigitalInput input(WiegandLine line) {
		return this.inputs.get(line);
	}

	@Override
	public Optional<String> problem() {
		return Optional.empty();
	}

	@Override
	public synchronized void close() {
		if (this.ticks != null) {
			this.ticks.shutdownNow();
		}
		if (this.context != null && !this.context.isShutdown()) {
			this.context.shutdown();
		}
	}

	private long now() {
		Instant now = this.clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

}
