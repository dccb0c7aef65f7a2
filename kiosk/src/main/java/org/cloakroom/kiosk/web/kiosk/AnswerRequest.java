package org.cloakroom.kiosk.web.kiosk;

import jakarta.validation.constraints.NotNull;

/** The employee's answer to "Do you have your Pixel with you?". */
public record AnswerRequest(@NotNull Long phoneId, @NotNull Boolean carried) {
}
