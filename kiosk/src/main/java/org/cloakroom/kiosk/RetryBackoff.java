package org.cloakroom.kiosk;

import java.time.Duration;

/**
 * How long a forwarder (to the SIEM, to central) waits after failures: doubling from the
 * first wait up to the longest.
 */
public record RetryBackoff(Duration first, Duration longest) {

	/** The wait after this many failures in a row (1 or more). */
	public Duration after(int failures) {
		Duration wait = this.first;
		for (int i = 1; i < failures && wait.compareTo(this.longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.longest) < 0) ? wait : this.longest;
	}

}
