package org.cloakroom.kiosk.badge.wiegand;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.pi4j.library.gpiod.internal.GpioDContext;
import com.pi4j.library.gpiod.internal.GpioLine;
import com.pi4j.library.gpiod.internal.GpioLineEvent;
import com.pi4j.library.gpiod.internal.LineRequestFlag;

/**
 * A reader's two lines through Pi4J's own gpiod library, requested for their falling
 * edges only, with the Pi's pull-up. It opens a GPIO chip handle of its own (a
 * GpioDContext instance, not the plugin's shared one), so that the locker's Pi4J context
 * shutting down cannot pull the lines from under this reader's thread, nor this reader
 * close the locker's. Falling edges only, because with both edges the kernel's v1
 * interface (the one Pi4J's libgpiod 1.x speaks) tells rising from falling by reading the
 * line again after the interrupt, which a 50 µs pulse has already left.
 */
final class GpiodLines implements EventLines {

	private final GpioDContext chip;

	private final Map<WiegandLine, EventLine> lines = new EnumMap<>(WiegandLine.class);

	private GpiodLines(GpioDContext chip) {
		this.chip = chip;
	}

	/**
	 * @throws IllegalStateException saying why the lines cannot be had
	 */
	static GpiodLines open(String reader, Map<WiegandLine, Integer> bcm) {
		GpioDContext chip;
		try {
			chip = new GpioDContext();
			chip.initialize();
		}
		catch (RuntimeException | LinkageError ex) {
			throw new IllegalStateException("Pi4J's gpiod library cannot start on this machine ("
					+ System.getProperty("os.arch") + "; it carries libgpiod for aarch64 and armhf): " + ex, ex);
		}
		GpiodLines lines = new GpiodLines(chip);
		try {
			for (WiegandLine line : WiegandLine.values()) {
				lines.lines.put(line, lines.request(reader, line, bcm.get(line)));
			}
			return lines;
		}
		catch (RuntimeException ex) {
			lines.close();
			throw ex;
		}
	}

	private EventLine request(String reader, WiegandLine line, int bcm) {
		String consumer = "cloakroom-wiegand-" + reader + "-" + line.name().toLowerCase(Locale.ROOT);
		GpioLine gpio;
		try {
			gpio = this.chip.getOrOpenLine(bcm);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Pi4J's gpiod library found no GPIO chip labelled pinctrl-* "
					+ "(not a Raspberry Pi, or see gpioinfo), so BCM " + bcm + " (" + line + ") cannot be opened", ex);
		}
		try {
			gpio.requestFallingEdgeEventsFlags(consumer, LineRequestFlag.BIAS_PULL_UP.getVal());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("cannot request BCM " + bcm + " (" + line + ") for its edges: "
					+ ex.getMessage() + " (is another program or the locker bank using it? see gpioinfo)", ex);
		}
		GpioLineEvent event = this.chip.openLineEvent();
		return new EventLine() {

			@Override
			public boolean await(long nanos) {
				return gpio.eventWait(nanos);
			}

			@Override
			public long next() {
				return gpio.eventRead(event).getTimeNs();
			}

		};
	}

	@Override
	public EventLine line(WiegandLine line) {
		return this.lines.get(line);
	}

	/** Lets go of the lines, frees the events and closes this reader's chip handle. */
	@Override
	public void close() {
		this.chip.close();
	}

}
