package org.cloakroom.kiosk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Search over the whole log, keyset-paged on the sequence so that a page deep into a
 * large log costs what the first does: by time, type, severity, the employees, phones and
 * lockers an entry names anywhere (its {@code audit_reference}s), subject, kiosk and free
 * text. Timelines read an employee's, a phone's or a locker's entries here; the export
 * reads page after page, so no read holds a connection or the heap for long.
 * <p>
 * In the central home the same search reads central's copy of every kiosk's log
 * ({@link CentralLog}): the same filters but the references (ids belong to one kiosk's
 * database), and a kiosk and a site filter; pages follow the order (recorded at, kiosk,
 * sequence) and their cursor is text ({@link #find}).
 */
@Service
public class AuditSearch {

	/** The most entries one page holds, whatever the limit asked for. */
	public static final int MAX_LIMIT = AuditLog.MAX_LIMIT;

	/** The most entries a visit shows: far beyond a real one. */
	public static final int MAX_VISIT = 5_000;

	/** Entries per read of an export. */
	static final int EXPORT_PAGE = 1_000;

	private static final RowMapper<AuditEntry> ENTRY = AuditSearch::entry;

	private final JdbcClient jdbc;

	private final AuditEventTypes types;

	private final AuditSearchProperties properties;

	/** Null but in the central home. */
	private final CentralLog central;

	AuditSearch(JdbcClient jdbc, AuditEventTypes types, AuditSearchProperties properties,
			ObjectProvider<CentralLog> central) {
		this.jdbc = jdbc;
		this.types = types;
		this.properties = properties;
		this.central = central.getIfAvailable();
	}

	/** Whether this search reads every kiosk's entries (the central home). */
	public boolean acrossKiosks() {
		return this.central != null;
	}

	/**
	 * One page, newest first, of the entries before the cursor {@code before} (null: the
	 * newest), as a page's {@link AuditPage#cursor()} gave it: a sequence in a kiosk's
	 * own log, a place in the order of every kiosk's entries centrally.
	 * @throws AuditRefusal for a cursor no page gave, and as {@link #search}
	 */
	public AuditPage find(AuditFilter filter, String before, int limit) {
		if (this.central != null) {
			return centralPage(filter, before, null, false, limit);
		}
		return search(filter, (before != null) ? sequence("before", before) : null, limit);
	}

	/** One page, oldest first, of the entries after the cursor {@code after}. */
	public AuditPage findForward(AuditFilter filter, String after, int limit) {
		if (this.central != null) {
			return centralPage(filter, null, after, true, limit);
		}
		return searchForward(filter, sequence("after", after), limit);
	}

	/**
	 * One page, newest first, of the entries before {@code before} (null: the newest).
	 * @throws AuditRefusal naming the filter whose value names nothing the log knows, or
	 * for a limit below 1
	 */
	public AuditPage search(AuditFilter filter, Long before, int limit) {
		return page(filter, before, null, false, limit);
	}

	/** One page, oldest first, of the entries after {@code after}. */
	public AuditPage searchForward(AuditFilter filter, long after, int limit) {
		return page(filter, null, after, true, limit);
	}

	/** Timelines: the entries that name the employee anywhere, newest first. */
	public AuditPage aboutEmployee(long employeeId, Long before, int limit) {
		return search(AuditFilter.employee(employeeId), before, limit);
	}

	/** Timelines: the entries that name the phone anywhere, newest first. */
	public AuditPage aboutPhone(long phoneId, Long before, int limit) {
		return search(AuditFilter.phone(phoneId), before, limit);
	}

	/** Timelines: the entries that name the locker anywhere, newest first. */
	public AuditPage aboutLocker(int lockerId, Long before, int limit) {
		return search(AuditFilter.locker(lockerId), before, limit);
	}

	/**
	 * Hands every entry the filter finds to {@code each}, oldest first, up to the newest
	 * entry when the export began, reading {@value #EXPORT_PAGE} at a time.
	 */
	public long export(AuditFilter filter, Consumer<AuditEntry> each) {
		if (this.central != null) {
			return exportCentral(filter, each);
		}
		check(filter);
		long head = this.jdbc.sql("SELECT last_sequence FROM audit_chain_head WHERE id = 1").query(Long.class).single();
		SearchQuery.Span span = span(filter);
		long after = 0;
		long exported = 0;
		while (true) {
			List<AuditEntry> page = query(filter, span, head + 1, after, true, EXPORT_PAGE);
			page.forEach(each);
			exported += page.size();
			if (page.size() < EXPORT_PAGE) {
				return exported;
			}
			after = page.get(page.size() - 1).sequence();
		}
	}

	/**
	 * The visit of one check-in, oldest first: the conversation at the door, its storages
	 * and their locker events, and the collection.
	 * @throws AuditRefusal (not found) when the log names no such check-in
	 */
	public List<AuditEntry> visit(String checkInId) {
		if (this.central != null) {
			// a check-in's references are indexed in its kiosk's own database only
			throw AuditRefusal.visitUnknown(checkInId);
		}
		SearchQuery query = SearchQuery.of(AuditFilter.none(), SearchQuery.Span.ALL,
				List.of(new SearchQuery.Named(Reference.CHECK_IN, Set.of(String.valueOf(checkInId)))), List.of(), null,
				null, true, MAX_VISIT);
		List<AuditEntry> entries = this.jdbc.sql(query.sql()).params(query.params()).query(ENTRY).list();
		if (entries.isEmpty()) {
			throw AuditRefusal.visitUnknown(checkInId);
		}
		return entries;
	}

	/** The event types a search may name, sorted. */
	public Set<String> eventTypes() {
		return this.types.all();
	}

	/** The one kiosk whose entries this log holds. */
	public String kioskId() {
		return this.properties.kioskId();
	}

	private AuditPage centralPage(AuditFilter filter, String before, String after, boolean oldestFirst, int limit) {
		if (limit < 1) {
			throw AuditRefusal.limitTooSmall(limit);
		}
		check(filter);
		Map<Long, CentralLog.Kiosk> kiosks = this.central.kiosks();
		Set<Long> searched = this.central.searched(filter, kiosks);
		if (searched != null && searched.isEmpty()) {
			return new AuditPage(List.of(), null, null);
		}
		int size = Math.min(limit, MAX_LIMIT);
		SearchQuery query = SearchQuery.central(filter, searched, this.properties.noticeTypes(),
				(before != null) ? CentralCursor.parse("before", before) : null,
				(after != null) ? CentralCursor.parse("after", after) : null, oldestFirst, size + 1);
		return this.central.page(query, kiosks, size);
	}

	private long exportCentral(AuditFilter filter, Consumer<AuditEntry> each) {
		long exported = 0;
		String after = null;
		do {
			AuditPage page = centralPage(filter, null, after, true, EXPORT_PAGE);
			page.entries().forEach(each);
			exported += page.entries().size();
			after = page.cursor();
		}
		while (after != null);
		return exported;
	}

	private static long sequence(String parameter, String cursor) {
		try {
			return Long.parseLong(cursor);
		}
		catch (NumberFormatException ex) {
			throw AuditRefusal.cursorUnreadable(parameter, cursor);
		}
	}

	private AuditPage page(AuditFilter filter, Long before, Long after, boolean oldestFirst, int limit) {
		if (limit < 1) {
			throw AuditRefusal.limitTooSmall(limit);
		}
		check(filter);
		int size = Math.min(limit, MAX_LIMIT);
		List<AuditEntry> rows = query(filter, before, after, oldestFirst, size + 1);
		if (rows.size() <= size) {
			return new AuditPage(rows, null);
		}
		List<AuditEntry> entries = new ArrayList<>(rows.subList(0, size));
		return new AuditPage(entries, entries.get(size - 1).sequence());
	}

	private List<AuditEntry> query(AuditFilter filter, Long before, Long after, boolean oldestFirst, int limit) {
		return query(filter, span(filter), before, after, oldestFirst, limit);
	}

	private List<AuditEntry> query(AuditFilter filter, SearchQuery.Span span, Long before, Long after,
			boolean oldestFirst, int limit) {
		if (span == null) {
			return List.of();
		}
		SearchQuery query = SearchQuery.of(filter, span, named(filter), this.properties.noticeTypes(), before, after,
				oldestFirst, limit);
		return this.jdbc.sql(query.sql()).params(query.params()).query(ENTRY).list();
	}

	/**
	 * The sequences the time range spans: from the first entry recorded at or after
	 * {@code from} to the last recorded before {@code to}, each one read of the time
	 * index; null when no entry falls in it. The log's order is its sequence, so a clock
	 * set back while it ran cannot split the range.
	 */
	private SearchQuery.Span span(AuditFilter filter) {
		Long first = null;
		Long last = null;
		if (filter.from() != null) {
			first = this.jdbc
				.sql("SELECT sequence FROM audit_event WHERE recorded_at >= ? ORDER BY recorded_at, sequence"
						+ " FETCH FIRST 1 ROWS ONLY")
				.param(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (first == null) {
				return null;
			}
		}
		if (filter.to() != null) {
			last = this.jdbc
				.sql("SELECT sequence FROM audit_event WHERE recorded_at < ? ORDER BY recorded_at DESC, sequence DESC"
						+ " FETCH FIRST 1 ROWS ONLY")
				.param(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (last == null || (first != null && last < first)) {
				return null;
			}
		}
		return new SearchQuery.Span(first, last);
	}

	/**
	 * Checks the filter's values against what the log knows, as every search does first.
	 * @throws AuditRefusal naming the filter whose value names nothing
	 */
	public void check(AuditFilter filter) {
		for (String type : filter.types()) {
			if (!this.types.known(type)) {
				throw AuditRefusal.unknownFilterValue(AuditFilter.TYPE, type);
			}
		}
		if (this.central != null) {
			requireNone(AuditFilter.EMPLOYEE, filter.employees());
			requireNone("phone", filter.phones());
			requireNone("locker", filter.lockers());
			// refuses a kiosk or site no registered kiosk has, before an export starts
			this.central.searched(filter, this.central.kiosks());
			return;
		}
		if (filter.kiosk() != null && !filter.kiosk().equals(this.properties.kioskId())) {
			throw AuditRefusal.unknownFilterValue(AuditFilter.KIOSK, filter.kiosk());
		}
		if (filter.site() != null) {
			throw AuditRefusal.unknownFilterValue(AuditFilter.SITE, filter.site());
		}
	}

	private static void requireNone(String name, Set<?> ids) {
		if (!ids.isEmpty()) {
			throw AuditRefusal.filterNotCentral(name);
		}
	}

	private static List<SearchQuery.Named> named(AuditFilter filter) {
		List<SearchQuery.Named> named = new ArrayList<>();
		named.add(new SearchQuery.Named(Reference.EMPLOYEE, texts(filter.employees())));
		named.add(new SearchQuery.Named(Reference.PHONE, texts(filter.phones())));
		named.add(new SearchQuery.Named(Reference.LOCKER, texts(filter.lockers())));
		return named;
	}

	private static Set<String> texts(Set<? extends Number> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.toSet());
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

}
