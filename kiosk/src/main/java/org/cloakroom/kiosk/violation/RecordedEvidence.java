package org.cloakroom.kiosk.violation;

import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.BleProperties;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.policy.PhoneDecisions;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.policy.Decision;

import org.springframework.stereotype.Component;

/**
 * The evidence as the application records it: the decision from the phone's inventory and
 * the area policy, names from enrolment, the door's answers and storages, and the
 * adapters placed where the phone was heard. Never an address, IRK or PIN.
 */
@Component
class RecordedEvidence implements Evidence {

	private final PhoneDecisions decisions;

	private final PhoneRegistry phones;

	private final EmployeeDirectory employees;

	private final DoorEvidenceTable door;

	private final Map<String, Placement> placements;

	RecordedEvidence(PhoneDecisions decisions, PhoneRegistry phones, EmployeeDirectory employees,
			DoorEvidenceTable door, BleProperties ble) {
		this.decisions = decisions;
		this.phones = phones;
		this.employees = employees;
		this.door = door;
		this.placements = ble.placements();
	}

	@Override
	public boolean mustStore(long phoneId) {
		return this.decisions.decide(phoneId).mustStore();
	}

	@Override
	public AuditableEvent seenInside(String episodeKey, AlertSeverity severity, PhoneZoneChanged move) {
		PhoneRef phone = this.phones.byId(PhoneId.of(move.phoneId()));
		Decision decision = this.decisions.decide(phone);
		DoorEvidence evidence = this.door.of(move.phoneId());
		return new PhoneSeenInside(episodeKey, severity, move.phoneId(), phone.label(), phone.employeeId().value(),
				employeeName(phone), decision.verdict().name(), adapters(move.to()), move.filteredRssi(),
				move.confidence(), evidence.declaredCarried(), evidence.declaredAt(), evidence.lastStoredAt(),
				evidence.lastCollectedAt(), move.at());
	}

	@Override
	public AuditableEvent decoy(String episodeKey, AlertSeverity severity, PhoneZoneChanged move, StoredPhone stored) {
		PhoneRef phone = this.phones.byId(PhoneId.of(move.phoneId()));
		return new PossibleDecoy(episodeKey, severity, move.phoneId(), phone.label(), phone.employeeId().value(),
				employeeName(phone), stored.storageId(), stored.lockerId(), stored.storedAt(), move.to(),
				adapters(move.to()), move.filteredRssi(), move.confidence(), move.at());
	}

	String employeeName(PhoneRef phone) {
		return this.employees.byId(phone.employeeId()).map(EmployeeRef::name).orElse("");
	}

	/**
	 * The adapters on the side that placed the phone (the zone is the strongest median of
	 * that side): the inside adapters for INSIDE, the door-side ones otherwise.
	 */
	private List<String> adapters(Zone zone) {
		boolean inside = zone == Zone.INSIDE;
		return this.placements.entrySet()
			.stream()
			.filter((placed) -> placed.getValue().doorSide() != inside)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

}
