package org.cloakroom.kiosk.badge.wiegand;

import java.util.BitSet;
import java.util.function.Consumer;

import org.cloakroom.kiosk.wiring.WiegandFrame;

/**
 * Turns a Wiegand reader's edges into frames, and each frame into a {@link FrameReading}.
 * A frame ends when no edge has come for the frame timeout, decided on the edges' own
 * time line (an edge that comes later, or a tick). A frame with noise in it (pulses
 * closer than a bit, on both lines at once, or shorter than a bit) is unreadable as a
 * whole; the next frame starts clean. Calls are serialised: edges and ticks may come from
 * two threads.
 */
final class WiegandDecoder implements Edges {

	/** Longer than any Wiegand frame (FASC-N's 200 bits included): beyond it, noise. */
	static final int MAX_BITS = 256;

	private final WiegandFrame frame;

	private final WiegandTiming timing;

	private final Consumer<FrameReading> readings;

	private final BitSet bits = new BitSet(MAX_BITS);

	private int length;

	private boolean open;

	private long lastFall;

	private WiegandLine lastLine;

	private String noise;

	private final long[] fellAt = new long[2];

	private final boolean[] low = new boolean[2];

	WiegandDecoder(WiegandFrame frame, WiegandTiming timing, Consumer<FrameReading> readings) {
		this.frame = frame;
		this.timing = timing;
		this.readings = readings;
	}

	@Override
	public synchronized void falling(WiegandLine line, long nanos) {
		tick(nanos);
		if (this.open) {
			long gap = nanos - this.lastFall;
			if (gap < this.timing.minSpacing().toNanos()) {
				noise((line == this.lastLine) ? "two pulses on " + line + " " + micros(gap) + " apart (noise)"
						: "pulses on D0 and D1 at once (noise)");
			}
		}
		else {
			this.open = true;
			this.length = 0;
			this.bits.clear();
			this.noise = null;
		}
		if (this.length == MAX_BITS) {
			noise("more than " + MAX_BITS + " pulses (noise)");
		}
		else {
			this.bits.set(this.length++, line.bit());
		}
		this.lastFall = nanos;
		this.lastLine = line;
		this.fellAt[line.ordinal()] = nanos;
		this.low[line.ordinal()] = true;
	}

	@Override
	public synchronized void rising(WiegandLine line, long nanos) {
		if (!this.low[line.ordinal()]) {
			return;
		}
		this.low[line.ordinal()] = false;
		long width = nanos - this.fellAt[line.ordinal()];
		if (this.open && width < this.timing.minPulse().toNanos()) {
			noise("a pulse of " + micros(width) + " on " + line + ", too short for a bit (glitch)");
		}
	}

	@Override
	public synchronized void tick(long nanos) {
		if (this.open && nanos - this.lastFall > this.timing.frameTimeout().toNanos()) {
			this.open = false;
			this.readings.accept((this.noise != null)
					? new FrameReading.Unreadable(this.noise + " in a frame of " + FrameBits.count(this.length))
					: WiegandLayouts.read(this.frame, new FrameBits(this.bits, this.length)));
		}
	}

	@Override
	public synchronized void lost(String why) {
		if (this.open) {
			noise(why);
		}
	}

	private void noise(String what) {
		if (this.noise == null) {
			this.noise = what;
		}
	}

	private static String micros(long nanos) {
		return (nanos / 1000) + " µs";
	}

}
