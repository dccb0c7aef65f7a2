package org.cloakroom.kiosk.locker.expander;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;

import org.cloakroom.kiosk.wiring.Expander;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the chips are read, all on one thread (so each chip's listeners hear its changes
 * in order): every {@code poll-ms}, when an interrupt line falls, and when a level seen
 * on an interrupt-driven chip has lasted its debounce.
 */
final class ExpanderPoller {

	private static final Logger log = LoggerFactory.getLogger(ExpanderPoller.class);

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread poller = new Thread(task, "expander-poll");
		poller.setDaemon(true);
		return poller;
	});

	private final LongSupplier ticker;

	ExpanderPoller(LongSupplier ticker) {
		this.ticker = ticker;
	}

	void poll(ExpanderChip chip, int periodMs) {
		this.thread.scheduleWithFixedDelay(() -> sample(chip), periodMs, periodMs, TimeUnit.MILLISECONDS);
	}

	/**
	 * The INT pin, open-drain, pulled up by the Pi: a falling edge means a line changed;
	 * the read then clears it.
	 */
	void interruptLine(Context context, String headerInputProvider, Expander expander, int bcm, ExpanderChip chip) {
		DigitalInput line = context.create(DigitalInput.newConfigBuilder(context)
			.id("expander-" + expander.name() + "-int")
			.name("interrupt line of expander " + expander.name())
			.address(bcm)
			.pull(PullResistance.PULL_UP)
			.provider(headerInputProvider)
			.build());
		line.addListener((event) -> {
			if (event.state() == DigitalState.LOW) {
				this.thread.execute(() -> sample(chip));
			}
		});
	}

	/**
	 * One read; a level still to be confirmed is read again when its debounce is over
	 * (with an interrupt line, as no poll may come soon enough).
	 */
	void sample(ExpanderChip chip) {
		try {
			chip.sample();
			long due = chip.nextDue();
			if (due >= 0 && chip.hasInterrupt()) {
				long wait = Math.max(0, due - this.ticker.getAsLong());
				this.thread.schedule(() -> sample(chip), wait, TimeUnit.NANOSECONDS);
			}
		}
		catch (RuntimeException ex) {
			log.error("Reading expander {} failed", chip.name(), ex);
		}
	}

	void close() {
		this.thread.shutdownNow();
	}

}
