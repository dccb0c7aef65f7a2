package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.PhonesStored;
import org.cloakroom.kiosk.locker.StorageAbandoned;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageRecovered;
import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renaming a class to the glossary's word changes neither the API's JSON nor what the log
 * records: the fields keep their names, the typed ids are bare values.
 */
class CheckInWireTest {

	private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aPhoneBlePlacedCarriesItsProximity() {
		PhoneAssessment assessment = new PhoneAssessment(PhoneId.of(5), "Pixel 8", new Decision.Clear(List.of()), true,
				null, false, 12, 0.8, Zone.AT_DOOR);

		JsonNode node = this.json.valueToTree(assessment);

		assertThat(node.get("proximity").asString()).isEqualTo("AT_DOOR");
		assertThat(node.get("packets").asInt()).isEqualTo(12);
		assertThat(node.get("confidence").asDouble()).isEqualTo(0.8);
	}

	@Test
	void aPhoneAssessmentCarriesItsDecisionAndReadsAsBefore() {
		PhoneAssessment assessment = PhoneAssessment.of(PhoneId.of(5), "Pixel 8", new Decision.Clear(List.of()), true,
				false);

		JsonNode node = this.json.valueToTree(assessment);

		assertThat(names(node)).as("proximity is left out when BLE cannot tell, as the OpenAPI document says")
			.containsExactlyInAnyOrder("phoneId", "label", "verdict", "mustStore", "reasons", "seenNearby", "carried",
					"attestationDue", "packets", "confidence");
		assertThat(node.get("phoneId").asLong()).isEqualTo(5);
		assertThat(node.get("verdict").asString()).isEqualTo("CLEAR");
		assertThat(node.get("mustStore").asBoolean()).isFalse();
		assertThat(assessment.decision()).isInstanceOf(Decision.Clear.class);
	}

	@Test
	void aCheckInStartedStillNamesItsIdVisitId() {
		UUID id = UUID.randomUUID();
		CheckInStarted started = new CheckInStarted(EmployeeId.of(4), CheckInId.of(id), "badge", List.of(),
				new UnenrolledNotice(List.of(), List.of(), UnenrolledPhoneAction.IGNORE), AT);

		JsonNode node = this.json.valueToTree(started);

		assertThat(names(node)).containsExactlyInAnyOrder("employeeId", "visitId", "identifiedBy", "phones",
				"unenrolled", "at");
		assertThat(node.get("visitId").asString()).isEqualTo(id.toString());
		assertThat(node.get("employeeId").asLong()).isEqualTo(4);
	}

	@Test
	void storageEventsStillNameTheStorageSessionId() {
		JsonNode stored = this.json.valueToTree(
				new PhonesStored(StorageId.of(9), EmployeeId.of(4), LockerId.of(2), Set.of(PhoneId.of(5)), AT));
		JsonNode abandoned = this.json
			.valueToTree(new StorageAbandoned(StorageId.of(9), EmployeeId.of(4), null, "no locker was free", AT));
		JsonNode recovered = this.json.valueToTree(new StorageRecovered(StorageId.of(9), EmployeeId.of(4),
				LockerId.of(2), "STORING", "STORED", "why", AT));

		assertThat(names(stored)).containsExactlyInAnyOrder("sessionId", "employeeId", "lockerId", "phoneIds", "at");
		assertThat(stored.get("sessionId").asLong()).isEqualTo(9);
		assertThat(stored.get("lockerId").asInt()).isEqualTo(2);
		assertThat(stored.get("phoneIds").get(0).asLong()).isEqualTo(5);
		assertThat(names(abandoned)).containsExactlyInAnyOrder("sessionId", "employeeId", "lockerId", "because", "at");
		assertThat(abandoned.get("lockerId").isNull()).isTrue();
		assertThat(names(recovered)).containsExactlyInAnyOrder("sessionId", "employeeId", "lockerId", "before", "after",
				"explanation", "at");
	}

	private static List<String> names(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

}
