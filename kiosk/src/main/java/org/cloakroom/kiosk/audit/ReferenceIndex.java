package org.cloakroom.kiosk.audit;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes each entry's {@link Reference references} as it is appended, in the append's
 * transaction (so an entry is searchable iff it committed), expanded so that an
 * employee's and a visit's searches find locker events:
 * <ul>
 * <li>an entry naming a check-in ({@code visitId}) and an employee starts that
 * check-in;</li>
 * <li>a storage belongs to its employee (from the entry, or the locker module through
 * {@link StorageOwners}) and to that employee's check-in if the storage is first named
 * within {@link #VISIT_WINDOW} of its start; every entry naming the storage then names
 * both;</li>
 * <li>an entry about the employee (its subject) that names no storage and no check-in,
 * within {@link #VISIT_WINDOW} of the employee's newest check-in, belongs to that
 * check-in (an answer at the door, the entry granted).</li>
 * </ul>
 */
@Component
class ReferenceIndex {

	/**
	 * How long after a check-in starts its conversation's steps are counted as its own.
	 */
	static final Duration VISIT_WINDOW = Duration.ofMinutes(30);

	private final ReferenceTable table;

	private final ObjectProvider<StorageOwners> owners;

	ReferenceIndex(ReferenceTable table, ObjectProvider<StorageOwners> owners) {
		this.table = table;
		this.owners = owners;
	}

	@EventListener
	void on(AuditEntryRecorded recorded) {
		index(recorded.entry());
	}

	void index(AuditEntry entry) {
		Set<Reference> named = EntryReferences.of(entry);
		Set<Reference> references = new LinkedHashSet<>(named);
		List<String> employees = ids(named, Reference.EMPLOYEE);
		List<String> checkIns = ids(named, Reference.CHECK_IN);
		List<String> storages = ids(named, Reference.STORAGE);
		if (employees.size() == 1) {
			checkIns.forEach(
					(checkIn) -> this.table.checkInStarted(checkIn, employees.get(0), entry.sequence(), entry.at()));
		}
		for (String storage : storages) {
			ReferenceTable.StorageVisit visit = visitOf(storage, employees, entry);
			add(references, Reference.EMPLOYEE, visit.employeeId());
			add(references, Reference.CHECK_IN, visit.checkInId());
		}
		if (storages.isEmpty() && checkIns.isEmpty() && employees.size() == 1) {
			add(references, Reference.CHECK_IN, checkInWithin(employees.get(0), entry).orElse(null));
		}
		this.table.add(entry.sequence(), references);
	}

	private ReferenceTable.StorageVisit visitOf(String storage, List<String> employees, AuditEntry entry) {
		Optional<ReferenceTable.StorageVisit> known = this.table.storageVisit(storage);
		if (known.isPresent()) {
			return known.get();
		}
		String employee = (employees.size() == 1) ? employees.get(0) : ownerOf(storage);
		String checkIn = (employee != null) ? checkInWithin(employee, entry).orElse(null) : null;
		ReferenceTable.StorageVisit visit = new ReferenceTable.StorageVisit(storage, employee, checkIn);
		this.table.learn(visit);
		return visit;
	}

	private String ownerOf(String storage) {
		StorageOwners port = this.owners.getIfAvailable();
		if (port == null || !storage.chars().allMatch(Character::isDigit) || storage.length() > 18) {
			return null;
		}
		return port.employeeOf(Long.parseLong(storage)).map(String::valueOf).orElse(null);
	}

	private Optional<String> checkInWithin(String employee, AuditEntry entry) {
		return this.table.latestCheckIn(employee, entry.sequence())
			.filter((start) -> !start.startedAt().plus(VISIT_WINDOW).isBefore(entry.at()))
			.map(ReferenceTable.CheckInStart::checkInId);
	}

	private static List<String> ids(Set<Reference> references, String kind) {
		return references.stream().filter((reference) -> reference.kind().equals(kind)).map(Reference::id).toList();
	}

	private static void add(Set<Reference> references, String kind, String id) {
		if (id != null) {
			references.add(new Reference(kind, id));
		}
	}

}
