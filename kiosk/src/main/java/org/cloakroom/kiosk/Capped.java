package org.cloakroom.kiosk;

import java.util.ArrayList;
import java.util.List;

/**
 * The first {@code limit} items of a list that may grow without bound (the problems of a
 * refused import), and a count of the rest, so that a file with a million bad rows cannot
 * fill the heap or a 400 answer.
 */
public final class Capped<T> {

	private final List<T> kept = new ArrayList<>();

	private final int limit;

	private long more;

	public Capped(int limit) {
		this.limit = limit;
	}

	public void add(T item) {
		if (this.kept.size() < this.limit) {
			this.kept.add(item);
		}
		else {
			this.more++;
		}
	}

	public List<T> kept() {
		return List.copyOf(this.kept);
	}

	/** How many were counted but not kept. */
	public long more() {
		return this.more;
	}

	public boolean isEmpty() {
		return this.kept.isEmpty();
	}

	/** {@code ""}, or {@code "; and 12,345 more"} to end a list of the kept ones. */
	public static String andMore(long more) {
		return (more > 0) ? String.format("; and %,d more", more) : "";
	}

}
