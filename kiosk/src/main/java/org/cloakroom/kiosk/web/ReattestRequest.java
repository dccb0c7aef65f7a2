package org.cloakroom.kiosk.web;

import jakarta.validation.constraints.NotNull;

/** The phone whose declared apps the employee signs off as unchanged. */
record ReattestRequest(@NotNull Long phoneId) {
}
