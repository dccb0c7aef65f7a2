package org.cloakroom.kiosk.alert;

/**
 * What an audit entry did to an alert, for the live stream.
 *
 * @param change {@code opened}, {@code acknowledged}, {@code assigned}, {@code resolved}
 * or {@code episode-ended}
 * @param alert the alert as it is now
 */
public record AlertChange(String change, Alert alert) {

	public boolean opened() {
		return "opened".equals(this.change);
	}

}
