package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

/**
 * Where a phone stands with its employee's attestation: when its apps were last declared
 * and attested ({@code null}: never), when the next attestation is due, and whether that
 * is past. A phone never attested is overdue (an MDM list does not attest).
 */
public record Attestation(PhoneId phoneId, Instant attestedAt, Instant dueAt, boolean overdue) {
}
