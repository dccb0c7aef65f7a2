package org.cloakroom.kiosk.web.kiosk;

import jakarta.validation.constraints.NotBlank;

import org.cloakroom.kiosk.checkin.Identification;

/** A badge read ({@code pin} absent) or a badge number typed with a PIN. */
public record IdentifyRequest(@NotBlank String badgeId, String pin) {

	public Identification identification() {
		return new Identification(this.badgeId, this.pin);
	}

}
