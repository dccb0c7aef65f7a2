package org.cloakroom.kiosk.web.kiosk;

import jakarta.validation.constraints.NotNull;

/** The phone whose declared apps the employee signs off as unchanged. */
public record ReattestRequest(@NotNull Long phoneId) {
}
