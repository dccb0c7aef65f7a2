package org.cloakroom.kiosk.web.api;

/**
 * An exemption to grant: exactly one of {@code phoneId} and {@code employeeId}, an expiry
 * as an ISO instant ({@code 2026-12-31T18:00:00Z}), the granting admin's name and a
 * reason.
 */
record PolicyExemptionRequest(Long phoneId, Long employeeId, String expiresAt, String grantedBy, String reason) {
}
