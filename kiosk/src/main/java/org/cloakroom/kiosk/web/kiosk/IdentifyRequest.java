package org.cloakroom.kiosk.web.kiosk;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

import org.cloakroom.kiosk.checkin.Identification;

/**
 * A badge number typed with its PIN. A request is never a badge read: a number sent over
 * HTTP was typed, so it always needs the PIN ({@code pin} missing is refused, naming the
 * field, before anything is looked up).
 */
public record IdentifyRequest(@NotBlank String badgeId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "the badge's PIN; a typed badge number without it is refused") String pin) {

	public Identification identification() {
		return Identification.typed(this.badgeId, this.pin);
	}

}
