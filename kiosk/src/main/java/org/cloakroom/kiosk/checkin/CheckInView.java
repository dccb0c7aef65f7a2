package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.StorageView;

/**
 * A check-in as the kiosk shows it. {@code storage} and {@code lockerDeadline} are set
 * once a locker was unlocked for the phones; {@code emptyCloses} counts how often its
 * door closed on an empty tray, so the kiosk asks again.
 */
public record CheckInView(CheckInId id, EmployeeId employeeId, String employeeName, List<PhoneAssessment> phones,
		UnenrolledNotice unenrolled, CheckInStage stage, StorageView storage, Instant lockerDeadline, int emptyCloses) {
}
