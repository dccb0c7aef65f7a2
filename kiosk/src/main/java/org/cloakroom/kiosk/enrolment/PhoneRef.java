package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.policy.Platform;

/** An enrolled phone: whose, what the employee calls it ("Pixel"), and its platform. */
public record PhoneRef(long id, long employeeId, String label, Platform platform) {
}
