package org.cloakroom.kiosk.siem;

import java.time.Duration;

/** How long to wait after failures: doubling from the first wait up to the longest. */
record RetryBackoff(Duration first, Duration longest) {

	/** The wait after this many failures in a row (1 or more). */
	Duration after(int failures) {
		Duration wait = this.first;
		for (int i = 1; i < failures && wait.compareTo(this.longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.longest) < 0) ? wait : this.longest;
	}

}
