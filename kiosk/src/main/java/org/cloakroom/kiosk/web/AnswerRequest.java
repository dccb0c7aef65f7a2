package org.cloakroom.kiosk.web;

import jakarta.validation.constraints.NotNull;

/** The employee's answer to "Do you have your Pixel with you?". */
record AnswerRequest(@NotNull Long phoneId, @NotNull Boolean carried) {
}
