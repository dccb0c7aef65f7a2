package org.cloakroom.kiosk.badge.wiegand;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Cards as a Wiegand reader sends them, for tests: the frame's bits with their parity,
 * and the timed edges that carry them.
 */
final class WiegandSignal {

	private WiegandSignal() {
	}

	/** HID H10301: even parity, 8-bit facility code, 16-bit card number, odd parity. */
	static String wiegand26(int facility, int card) {
		return withParity(binary(facility, 8) + binary(card, 16));
	}

	/** Even parity, 16-bit facility code, 16-bit card number, odd parity. */
	static String wiegand34(int facility, int card) {
		return withParity(binary(facility, 16) + binary(card, 16));
	}

	/** Even parity over the first half of the data, odd parity over the second. */
	static String withParity(String data) {
		int half = data.length() / 2;
		long first = data.substring(0, half).chars().filter((c) -> c == '1').count();
		long second = data.substring(half).chars().filter((c) -> c == '1').count();
		return ((first % 2 == 0) ? "0" : "1") + data + ((second % 2 == 0) ? "1" : "0");
	}

	static String binary(long value, int bits) {
		StringBuilder text = new StringBuilder(Long.toBinaryString(value));
		while (text.length() < bits) {
			text.insert(0, '0');
		}
		return text.toString();
	}

	/** One bit's pulse: the falling edge, then the rising one {@code width} later. */
	record Edge(WiegandLine line, boolean falling, long nanos) {

		void feed(Edges edges) {
			if (this.falling) {
				edges.falling(this.line, this.nanos);
			}
			else {
				edges.rising(this.line, this.nanos);
			}
		}

	}

	/**
	 * The bits' pulses, the first falling at {@code start}, at fixed width and spacing.
	 */
	static List<Edge> edges(String bits, long start, long width, long spacing) {
		return edges(bits, start, (i) -> width, (i) -> spacing);
	}

	/**
	 * @param width each bit's pulse width in ns
	 * @param spacing from bit i's falling edge to bit i + 1's
	 */
	static List<Edge> edges(String bits, long start, IntToLongFunction width, IntToLongFunction spacing) {
		List<Edge> edges = new ArrayList<>();
		long at = start;
		for (int i = 0; i < bits.length(); i++) {
			WiegandLine line = (bits.charAt(i) == '1') ? WiegandLine.D1 : WiegandLine.D0;
			edges.add(new Edge(line, true, at));
			edges.add(new Edge(line, false, at + width.applyAsLong(i)));
			at += spacing.applyAsLong(i);
		}
		return edges;
	}

	static void feed(List<Edge> edges, Edges to) {
		edges.forEach((edge) -> edge.feed(to));
	}

	/** When the frame's last pulse fell. */
	static long lastFall(List<Edge> edges) {
		return edges.get(edges.size() - 2).nanos();
	}

}
