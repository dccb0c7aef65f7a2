package org.cloakroom.kiosk.web.kiosk;

import jakarta.validation.constraints.NotBlank;

import org.cloakroom.kiosk.checkin.Identification;

/**
 * A badge number typed with its PIN. A request is never a badge read: a number sent over
 * HTTP was typed, so it always needs the PIN ({@code pin} missing is refused, naming the
 * field, before anything is looked up).
 */
public record IdentifyRequest(@NotBlank String badgeId, String pin) {

	public Identification identification() {
		return Identification.typed(this.badgeId, this.pin);
	}

}
