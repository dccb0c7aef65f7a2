package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

/**
 * An enrolled BLE identity as it may be shown: its kind ({@code irk}, {@code ibeacon},
 * {@code eddystone-uid}, {@code address}), a description that reveals no secret, when it
 * was added, and a short fingerprint ({@code 3f2a:9c01}; null for identities enrolled
 * before fingerprints) that tells two identities apart. There is deliberately no way to
 * read an IRK back.
 */
public record IdentityView(long id, PhoneId phoneId, String kind, String description, Instant addedAt,
		String fingerprint) {
}
