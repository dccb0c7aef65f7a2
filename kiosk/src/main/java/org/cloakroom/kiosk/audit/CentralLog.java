package org.cloakroom.kiosk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log the search reads in the central home: central's copy of every registered
 * kiosk's chain ({@code fleet_event}, written by the fleet's ingest), each entry shown
 * with its kiosk's name and site. Its filters, conditions and paging are the search's own
 * ({@link SearchQuery#central}); only the table, the order and the kiosk and site filters
 * are central's.
 */
@Component
@CentralHome
class CentralLog {

	/** A registered kiosk as the search names it. */
	record Kiosk(long id, String name, String site) {

	}

	private final JdbcClient jdbc;

	CentralLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every registered kiosk by id: a few hundred rows at most, read once per search. */
	Map<Long, Kiosk> kiosks() {
		Map<Long, Kiosk> kiosks = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, name, site FROM fleet_kiosk ORDER BY id")
			.query((rs, row) -> new Kiosk(rs.getLong("id"), rs.getString("name"), rs.getString("site")))
			.list()
			.forEach((kiosk) -> kiosks.put(kiosk.id(), kiosk));
		return kiosks;
	}

	/**
	 * The kiosks the filter's kiosk and site name (null: every kiosk, no condition).
	 * @throws AuditRefusal naming the kiosk or site no registered kiosk has
	 */
	Set<Long> searched(AuditFilter filter, Map<Long, Kiosk> kiosks) {
		if (filter.kiosk() == null && filter.site() == null) {
			return null;
		}
		Set<Long> ids = new TreeSet<>();
		boolean siteKnown = false;
		boolean kioskKnown = false;
		for (Kiosk kiosk : kiosks.values()) {
			boolean atSite = filter.site() == null || filter.site().equals(kiosk.site());
			boolean named = filter.kiosk() == null || filter.kiosk().equals(kiosk.name());
			siteKnown |= filter.site() != null && filter.site().equals(kiosk.site());
			kioskKnown |= filter.kiosk() != null && filter.kiosk().equals(kiosk.name());
			if (atSite && named) {
				ids.add(kiosk.id());
			}
		}
		if (filter.kiosk() != null && !kioskKnown) {
			throw AuditRefusal.unknownFilterValue(AuditFilter.KIOSK, filter.kiosk());
		}
		if (filter.site() != null && !siteKnown) {
			throw AuditRefusal.unknownFilterValue(AuditFilter.SITE, filter.site());
		}
		return ids;
	}

	/**
	 * One page of at most {@code size} entries, each naming its kiosk, and the cursor
	 * after its last one when more follow; the query asks for one more row than the page
	 * holds, to know.
	 */
	AuditPage page(SearchQuery query, Map<Long, Kiosk> kiosks, int size) {
		List<Row> rows = this.jdbc.sql(query.sql()).params(query.params()).query(CentralLog::row).list();
		List<AuditEntry> entries = new ArrayList<>(Math.min(rows.size(), size));
		for (Row row : rows.subList(0, Math.min(rows.size(), size))) {
			Kiosk kiosk = kiosks.get(row.kioskId());
			AuditEntry entry = row.entry();
			entries.add(new AuditEntry(entry.sequence(), entry.at(), entry.type(), entry.subject(), entry.alert(),
					entry.details(), entry.previousHash(), entry.hash(), entry.keyId(),
					(kiosk != null) ? kiosk.name() : Long.toString(row.kioskId()),
					(kiosk != null) ? kiosk.site() : null));
		}
		if (rows.size() <= size) {
			return new AuditPage(entries, null, null);
		}
		Row last = rows.get(size - 1);
		return new AuditPage(entries, null, CentralCursor.of(last.entry(), last.kioskId()).text());
	}

	private record Row(AuditEntry entry, long kioskId) {

	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
				rs.getLong(10));
	}

}
