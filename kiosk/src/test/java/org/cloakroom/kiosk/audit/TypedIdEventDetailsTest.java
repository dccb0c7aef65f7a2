package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.cloakroom.kiosk.enrolment.BleIdentityAdded;
import org.cloakroom.kiosk.enrolment.EmployeeEnrolled;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.InventoryRecorded;
import org.cloakroom.kiosk.enrolment.InventorySource;
import org.cloakroom.kiosk.enrolment.PhoneEnrolled;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.locker.AreaDoorReleased;
import org.cloakroom.kiosk.policy.ExemptionGranted;
import org.cloakroom.kiosk.policy.ExemptionRevoked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enrolment and exemption events and the area door's release record typed ids
 * ({@link EmployeeId}, {@link PhoneId}) where they once had bare numbers; their details
 * and subjects stay the text the bare numbers gave, so logs written before stay
 * verifiable and searchable.
 */
class TypedIdEventDetailsTest {

	private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

	private static final EmployeeId ADA = EmployeeId.of(1);

	private static final PhoneId PIXEL = PhoneId.of(3);

	static Stream<Arguments> events() {
		return Stream.of(
				Arguments.of(new EmployeeEnrolled(ADA, "Ada Lovelace", "B-1001", "Dana Admin"),
						"{\"badgeId\":\"B-1001\",\"by\":\"Dana Admin\",\"employeeId\":1,\"name\":\"Ada Lovelace\"}",
						"employee:1"),
				Arguments.of(new PhoneEnrolled(PIXEL, ADA, "Pixel 8", Platform.ANDROID, "Dana Admin"),
						"{\"by\":\"Dana Admin\",\"employeeId\":1,\"label\":\"Pixel 8\",\"phoneId\":3,\"platform\":\"ANDROID\"}",
						"phone:3"),
				Arguments.of(new BleIdentityAdded(PIXEL, "irk", "identity resolving key", "Dana Admin"),
						"{\"by\":\"Dana Admin\",\"description\":\"identity resolving key\",\"kind\":\"irk\",\"phoneId\":3}",
						"phone:3"),
				Arguments.of(
						new InventoryRecorded(PIXEL, 9, InventorySource.DECLARATION, AT, List.of("com.tencent.mm"),
								"Dana Admin"),
						"{\"appIds\":[\"com.tencent.mm\"],\"appNames\":[],\"by\":\"Dana Admin\",\"inventoryId\":9,\"mdm\":null,\"phoneId\":3,"
								+ "\"recordedAt\":\"2026-11-22T08:00:00Z\",\"source\":\"DECLARATION\"}",
						"phone:3"),
				Arguments.of(new AreaDoorReleased(ADA, "phones stored in locker 7", true, AT),
						"{\"at\":\"2026-11-22T08:00:00Z\",\"because\":\"phones stored in locker 7\",\"employeeId\":1,"
								+ "\"wired\":true}",
						"employee:1"),
				Arguments.of(new ExemptionGranted(5, PIXEL, null, AT, "Dana Admin", "visiting auditor"),
						"{\"employeeId\":null,\"exemptionId\":5,\"expiresAt\":\"2026-11-22T08:00:00Z\",\"grantedBy\":\"Dana Admin\","
								+ "\"phoneId\":3,\"reason\":\"visiting auditor\"}",
						"phone:3"),
				Arguments.of(new ExemptionRevoked(5, null, ADA, "Sam Officer", "trial over"),
						"{\"because\":\"trial over\",\"employeeId\":1,\"exemptionId\":5,\"phoneId\":null,"
								+ "\"revokedBy\":\"Sam Officer\"}",
						"employee:1"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void detailsAndSubjectAreTheTextTheBareNumbersGave(AuditableEvent event, String details, String subject) {
		assertThat(CanonicalForm.details(event)).isEqualTo(details);
		assertThat(event.subject().text()).isEqualTo(subject);
	}

}
