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
 * @param kiosk centrally, raised by this registered kiosk's entries (its name)
 * @param site centrally, raised by the entries of the kiosks at this site
 */
public record AlertFilter(Set<AlertStatus> statuses, AlertSeverity severity, String assignee, String type, Instant from,
		Instant to, String kiosk, String site) {

	public AlertFilter {
		// a blank status (?status= or a NUL) converts to null, as a blank severity does:
		// no filter
		statuses = (statuses != null)
				? statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()) : Set.of();
		kiosk = (kiosk == null || kiosk.isBlank()) ? null : kiosk.strip();
		site = (site == null || site.isBlank()) ? null : site.strip();
		if (from != null && to != null && !from.isBefore(to)) {
			throw new AlertRefusal("alert-filter-empty-range", from, to);
		}
	}

	/** Alerts of one instance, whichever kiosk raised them. */
	public AlertFilter(Set<AlertStatus> statuses, AlertSeverity severity, String assignee, String type, Instant from,
			Instant to) {
		this(statuses, severity, assignee, type, from, to, null, null);
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
