package org.cloakroom.kiosk.badge;

import org.cloakroom.kiosk.Refusal;

/**
 * The check-in refused a badge read (an unknown badge, a deactivated employee without
 * phones stored): the kiosk's screen shows the refusal in its own words at idle, as it
 * does for a badge number typed on it. Not audited itself; what the log keeps is the
 * refusal's own event ({@link UnknownBadgeRead}, {@code DeactivatedEmployeeRefused}).
 */
public record BadgeReadRefused(BadgeRead read, Refusal refusal) {

}
