package org.cloakroom.kiosk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInStarted;
import org.cloakroom.kiosk.checkin.PhoneDeclared;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerDoorClosed;
import org.cloakroom.kiosk.locker.LockerForced;
import org.cloakroom.kiosk.locker.LockerFreed;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerOccupied;
import org.cloakroom.kiosk.locker.LockerReserved;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.PhonesCollected;
import org.cloakroom.kiosk.locker.PhonesStored;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageOpened;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search over the log through the references indexed as entries are appended: each filter
 * alone and combined, an employee's search and a visit finding the locker events that
 * name only a storage, and values that name nothing refused naming the filter.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-search;DB_CLOSE_DELAY=-1")
class AuditSearchIT {

	/** Ids no demo data uses, a new block for each test. */
	private static final AtomicLong IDS = new AtomicLong(9_000);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditSearch search;

	@Autowired
	ReferenceBackfill backfill;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmployeesSearchFindsTheLockerEventsOfTheirStorages() {
		Visit visit = visitOf(IDS.addAndGet(10));

		List<String> types = types(this.search.aboutEmployee(visit.employee, null, 100));

		assertThat(types).containsExactly("PhonesCollected", "LockerFreed", "LockerOccupied", "AreaDoorReleased",
				"EntryGranted", "PhonesStored", "LockerReserved", "StorageSessionOpened", "PhoneDeclared",
				"CheckInStarted");
	}

	@Test
	void aVisitGroupsTheCheckInItsStorageWithItsLockerEventsAndTheCollection() {
		Visit visit = visitOf(IDS.addAndGet(10));
		record(new LockerDoorClosed(LockerId.of(visit.locker), LockerState.FREE, now()));
		this.clock.advance(ReferenceIndex.VISIT_WINDOW.plusMinutes(1));
		record(new PhoneDeclared(EmployeeId.of(visit.employee), PhoneId.of(visit.phone), false, now()));

		List<AuditEntry> entries = this.search.visit(visit.checkIn.toString());

		assertThat(entries).extracting(AuditEntry::type)
			.containsExactly("CheckInStarted", "PhoneDeclared", "StorageSessionOpened", "LockerReserved",
					"PhonesStored", "EntryGranted", "AreaDoorReleased", "LockerOccupied", "LockerFreed",
					"PhonesCollected");
		assertThat(entries).extracting(AuditEntry::sequence).isSorted();
	}

	@Test
	void aStorageNamedOnlyByALockerEventBelongsToItsEmployeeThroughTheLockerModule() {
		long employee = IDS.addAndGet(10);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO storage (employee_id, unenrolled_phones, opened_at, version) VALUES (?, 0, ?, 0)")
			.params(employee, ReferenceTable.utc(now()))
			.update(key, "id");
		long storage = key.getKeyAs(Long.class);

		record(new LockerForced(LockerId.of(5), LockerState.STORED, StorageId.of(storage), now()));

		AuditPage page = this.search.aboutEmployee(employee, null, 10);
		assertThat(types(page)).containsExactly("LockerForced");
		assertThat(page.entries().get(0).subject()).isEqualTo("locker:5");
	}

	@Test
	void eachFilterAloneAndCombined() {
		this.clock.advance(Duration.ofSeconds(1));
		Instant start = now();
		Visit visit = visitOf(IDS.addAndGet(10));
		this.clock.advance(Duration.ofMinutes(5));
		Instant later = now();
		record(new PhoneZoneChanged(visit.phone, Zone.AT_DOOR, Zone.INSIDE, -61.5, 0.9, now()));
		record(new LockerForced(LockerId.of(visit.locker), LockerState.STORED, null, now()));

		AuditFilter byPhone = new AuditFilter(null, null, null, null, null, Set.of(visit.phone), null, null, null,
				null);
		assertThat(types(this.search.search(byPhone, null, 100))).containsExactly("PhoneZoneChanged", "PhonesCollected",
				"PhonesStored", "StorageSessionOpened", "PhoneDeclared");
		AuditFilter byLocker = AuditFilter.locker(visit.locker);
		assertThat(types(this.search.search(byLocker, null, 100))).startsWith("LockerForced", "PhonesCollected");
		AuditFilter alerts = new AuditFilter(start, null, null, Set.of(EntrySeverity.ALERT), null, null, null, null,
				null, null);
		assertThat(types(this.search.search(alerts, null, 100))).containsExactly("LockerForced");
		AuditFilter fromLater = new AuditFilter(later, null, null, null, Set.of(visit.employee), Set.of(visit.phone),
				null, null, null, null);
		assertThat(types(this.search.search(fromLater, null, 100))).isEmpty();
		AuditFilter beforeLater = new AuditFilter(start, later, Set.of("PhonesStored", "PhonesCollected"),
				Set.of(EntrySeverity.INFO), Set.of(visit.employee), Set.of(visit.phone), Set.of(visit.locker), null,
				"kiosk", null);
		assertThat(types(this.search.search(beforeLater, null, 100))).containsExactly("PhonesCollected",
				"PhonesStored");
		AuditFilter text = new AuditFilter(start, null, null, null, null, null, null, null, null, "-61.5");
		assertThat(types(this.search.search(text, null, 100))).containsExactly("PhoneZoneChanged");
		AuditFilter subject = new AuditFilter(start, null, null, null, null, null, null, "phone:" + visit.phone, null,
				null);
		assertThat(types(this.search.search(subject, null, 100))).containsExactly("PhoneZoneChanged", "PhoneDeclared");
	}

	@Test
	void pagesByCursorNewestFirstWithoutGapsOrRepeats() {
		Visit visit = visitOf(IDS.addAndGet(10));
		AuditFilter filter = AuditFilter.employee(visit.employee);

		AuditPage first = this.search.search(filter, null, 4);
		AuditPage second = this.search.search(filter, first.next(), 4);
		AuditPage third = this.search.search(filter, second.next(), 4);

		assertThat(first.entries()).hasSize(4);
		assertThat(second.entries()).hasSize(4);
		assertThat(third.entries()).hasSize(2);
		assertThat(third.next()).isNull();
		assertThat(types(first)).containsExactly("PhonesCollected", "LockerFreed", "LockerOccupied",
				"AreaDoorReleased");
		assertThat(types(third)).containsExactly("PhoneDeclared", "CheckInStarted");
		assertThat(first.entries().get(3).sequence()).isGreaterThan(second.entries().get(0).sequence());
		AuditPage forward = this.search.searchForward(filter, 0, 5);
		assertThat(types(forward)).startsWith("CheckInStarted", "PhoneDeclared");
	}

	@Test
	void refusesAValueThatNamesNothingNamingTheFilter() {
		AuditFilter type = new AuditFilter(null, null, Set.of("PhonesStoredd"), null, null, null, null, null, null,
				null);
		assertThatThrownBy(() -> this.search.search(type, null, 10)).isInstanceOf(AuditRefusal.class)
			.hasMessageContaining("filter type")
			.hasMessageContaining("PhonesStoredd");
		AuditFilter kiosk = new AuditFilter(null, null, null, null, null, null, null, null, "another-kiosk", null);
		assertThatThrownBy(() -> this.search.search(kiosk, null, 10)).hasMessageContaining("filter kiosk");
		assertThatThrownBy(() -> EntrySeverity.of("urgent")).hasMessageContaining("filter severity");
		assertThatThrownBy(() -> this.search.visit(UUID.randomUUID().toString())).isInstanceOf(AuditRefusal.class)
			.extracting((ex) -> ((AuditRefusal) ex).kind())
			.isEqualTo(org.cloakroom.kiosk.Refusal.Kind.NOT_FOUND);
	}

	@Test
	void theBackfillIndexesEntriesWrittenBeforeTheIndexOnceAndOnlyOnce() {
		long before = this.jdbc.sql("SELECT last_sequence FROM audit_chain_head").query(Long.class).single();
		Visit visit = visitOf(IDS.addAndGet(10));
		long head = this.jdbc.sql("SELECT last_sequence FROM audit_chain_head").query(Long.class).single();
		int written = (int) (head - before);
		// as if V18 had run just before this visit: its entries are the backfill's to
		// index
		this.jdbc.sql("DELETE FROM audit_reference WHERE sequence > ?").param(before).update();
		this.jdbc.sql("DELETE FROM audit_storage_visit WHERE storage_id = ?")
			.param(Long.toString(visit.storage))
			.update();
		this.jdbc.sql("DELETE FROM audit_check_in WHERE check_in_id = ?").param(visit.checkIn.toString()).update();
		this.jdbc.sql("UPDATE audit_reference_backfill SET indexed_to = ?, backfill_to = ?")
			.params(before, head)
			.update();
		assertThat(this.search.aboutEmployee(visit.employee, null, 100).entries()).isEmpty();

		assertThat(this.backfill.run()).isEqualTo(written);
		assertThat(this.backfill.run()).isZero();

		assertThat(this.search.aboutEmployee(visit.employee, null, 100).entries()).hasSize(written);
		assertThat(this.search.visit(visit.checkIn.toString())).hasSize(written);
	}

	/** A check-in, an answer, a storage stored in a locker, then collected. */
	private Visit visitOf(long base) {
		Visit visit = new Visit(base, base + 1, base + 2, (int) (base % 20) + 1, CheckInId.of(UUID.randomUUID()));
		EmployeeId employee = EmployeeId.of(visit.employee);
		StorageId storage = StorageId.of(visit.storage);
		LockerId locker = LockerId.of(visit.locker);
		Set<PhoneId> phones = Set.of(PhoneId.of(visit.phone));
		record(new CheckInStarted(employee, visit.checkIn, "badge", List.of(), null, now()));
		record(new PhoneDeclared(employee, PhoneId.of(visit.phone), true, now()));
		record(new StorageOpened(storage, employee, phones, 0, now()));
		record(new LockerReserved(locker, storage, now().plusSeconds(60), now()));
		record(new PhonesStored(storage, employee, locker, phones, now()));
		record(new LockerOccupied(locker, storage, now()));
		this.clock.advance(Duration.ofHours(8));
		record(new LockerFreed(locker, storage, now()));
		record(new PhonesCollected(storage, employee, locker, phones, now()));
		return visit;
	}

	private void record(AuditableEvent event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static List<String> types(AuditPage page) {
		return page.entries().stream().map(AuditEntry::type).toList();
	}

	private record Visit(long employee, long phone, long storage, int locker, CheckInId checkIn) {
	}

}
