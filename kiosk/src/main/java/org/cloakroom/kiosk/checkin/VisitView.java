package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A check-in conversation at the door as the kiosk shows it. {@code session} and
 * {@code lockerDeadline} are set once a locker was reserved; {@code emptyCloses} counts
 * how often its door closed on an empty tray, so the kiosk asks again.
 */
public record VisitView(UUID id, long employeeId, String employeeName, List<PhoneAssessment> phones,
		UnenrolledNotice unenrolled, VisitStage stage, SessionView session, Instant lockerDeadline, int emptyCloses) {
}
