package org.cloakroom.kiosk.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which alerts a listing shows; every part null (or empty) matches all.
 *
 * @param statuses any of these statuses
 * @param type the event type of the entry that raised it ({@code LockerForced})
 * @param from opened at or after
 * @param to opened before
 */
public record AlertFilter(Set<AlertStatus> statuses, AlertSeverity severity, String assignee, String type, Instant from,
		Instant to) {

	public AlertFilter {
		// a blank status (?status= or a NUL) converts to null, as a blank severity does:
		// no filter
		statuses = (statuses != null)
				? statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()) : Set.of();
		if (from != null && to != null && !from.isBefore(to)) {
			throw new AlertRefusal("alert-filter-empty-range", from, to);
		}
	}

	/** Every alert. */
	public static AlertFilter all() {
		return new AlertFilter(null, null, null, null, null, null);
	}

	/** What is still to be worked: open and acknowledged alerts. */
	public static AlertFilter unresolved() {
		return new AlertFilter(Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), null, null, null, null, null);
	}

}
