package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging by cursor across 100,000 entries (written straight into the tables in batches,
 * with their references, as a long-lived kiosk's log would hold them): every entry once,
 * newest first, whether the whole log, one employee's 1,000 or a combined filter is
 * paged.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-search-paging;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSearchPagingIT {

	private static final int ENTRIES = 100_000;

	private static final int EMPLOYEES = 100;

	@Autowired
	AuditSearch search;

	@Autowired
	JdbcTemplate jdbc;

	private long first;

	@BeforeAll
	void aLogOfAHundredThousandEntries() {
		this.first = this.jdbc.queryForObject("SELECT last_sequence FROM audit_chain_head", Long.class) + 1;
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		List<Object[]> events = new ArrayList<>();
		List<Object[]> references = new ArrayList<>();
		for (long sequence = this.first; sequence < this.first + ENTRIES; sequence++) {
			long employee = 50_000 + sequence % EMPLOYEES;
			long locker = 1 + sequence % 24;
			String type = (sequence % 3 == 0) ? "PhonesStored" : "LockerDoorClosed";
			events.add(new Object[] { sequence, OffsetDateTime.ofInstant(start.plusSeconds(sequence), ZoneOffset.UTC),
					type, "employee:" + employee, sequence % 50 == 0,
					"{\"employeeId\":" + employee + ",\"lockerId\":" + locker + "}", "0".repeat(64), "0".repeat(64) });
			references.add(new Object[] { "employee:" + employee, sequence });
			references.add(new Object[] { "locker:" + locker, sequence });
			if (events.size() == 10_000) {
				write(events, references);
			}
		}
		write(events, references);
		this.jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?", this.first + ENTRIES - 1,
				"0".repeat(64));
	}

	@Test
	void pagesTheWholeLogNewestFirstEveryEntryOnce() {
		List<Long> sequences = pageAll(AuditFilter.none(), 500);

		long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
		assertThat(sequences).hasSize((int) total).doesNotHaveDuplicates();
		assertThat(sequences).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(sequences.get(0)).isEqualTo(this.first + ENTRIES - 1);
	}

	@Test
	void pagesOneEmployeesThousandEntriesDeepIntoTheLog() {
		List<Long> sequences = pageAll(AuditFilter.employee(50_007), 37);

		assertThat(sequences).hasSize(ENTRIES / EMPLOYEES).doesNotHaveDuplicates();
		assertThat(sequences).allSatisfy((sequence) -> assertThat(sequence % EMPLOYEES).isEqualTo(7));
		assertThat(sequences).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void pagesACombinedFilterToTheSameEntriesAsOneQuery() {
		AuditFilter filter = new AuditFilter(null, null, Set.of("PhonesStored"), Set.of(EntrySeverity.ALERT),
				Set.of(50_000L, 50_050L), null, Set.of(1), null, null, null);

		List<Long> sequences = pageAll(filter, 7);

		List<Long> expected = this.jdbc.queryForList("SELECT sequence FROM audit_event WHERE type = 'PhonesStored'"
				+ " AND alert = TRUE AND subject IN ('employee:50000', 'employee:50050')"
				+ " AND details LIKE '%\"lockerId\":1}' ORDER BY sequence DESC", Long.class);
		assertThat(expected).hasSizeGreaterThan(7);
		assertThat(sequences).isEqualTo(expected);
	}

	private List<Long> pageAll(AuditFilter filter, int limit) {
		List<Long> sequences = new ArrayList<>();
		Set<Long> cursors = new HashSet<>();
		Long before = null;
		do {
			AuditPage page = this.search.search(filter, before, limit);
			page.entries().forEach((entry) -> sequences.add(entry.sequence()));
			before = page.next();
			assertThat(before == null || cursors.add(before)).as("cursor %s seen twice", before).isTrue();
		}
		while (before != null);
		return sequences;
	}

	private void write(List<Object[]> events, List<Object[]> references) {
		this.jdbc.batchUpdate("INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details,"
				+ " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events);
		this.jdbc.batchUpdate("INSERT INTO audit_reference (reference, sequence) VALUES (?, ?)", references);
		events.clear();
		references.clear();
	}

}
