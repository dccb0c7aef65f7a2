package org.cloakroom.kiosk.locker.expander;

/**
 * One input's software debounce, as gpiod debounces a header line: a new level counts
 * once it has read the same for the debounce time; a level that changes back before then
 * was noise. Times are nanoseconds from the driver's ticker.
 */
final class LineDebounce {

	private final long debounceNanos;

	/** The level that counts; null before the first read. */
	private Boolean stable;

	private Boolean candidate;

	private long candidateSince;

	LineDebounce(long debounceNanos) {
		this.debounceNanos = debounceNanos;
	}

	/**
	 * Feeds one read; true when it changed the level that counts (never on the first
	 * read, which only sets it).
	 */
	boolean read(boolean high, long now) {
		if (this.stable == null) {
			this.stable = high;
			return false;
		}
		if (high == this.stable) {
			this.candidate = null;
			return false;
		}
		if (this.candidate == null || this.candidate != high) {
			this.candidate = high;
			this.candidateSince = now;
		}
		if (now - this.candidateSince >= this.debounceNanos) {
			this.stable = high;
			this.candidate = null;
			return true;
		}
		return false;
	}

	/** The level that counts, or null before the first read. */
	Boolean stable() {
		return this.stable;
	}

	/** When a level seen but not yet counted will have lasted long enough; -1: none. */
	long dueAt() {
		return (this.candidate == null) ? -1 : this.candidateSince + this.debounceNanos;
	}

}
