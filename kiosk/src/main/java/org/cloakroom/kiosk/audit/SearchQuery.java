package org.cloakroom.kiosk.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SQL of one search: portable, keyset-paged on {@code sequence} (never OFFSET, so
 * page 1,000 costs what page 1 does). With a reference filter the query starts from
 * {@code audit_reference}'s primary key (reference, sequence) and reads only the entries
 * that name the thing; without one it walks {@code audit_event} newest first by its key,
 * or by the type's index.
 */
final class SearchQuery {

	static final String COLUMNS = "e.sequence, e.recorded_at, e.type, e.subject, e.alert, e.details, e.previous_hash,"
			+ " e.hash, e.key_id";

	/**
	 * The sequences the time range spans (null: open): bounds that let a query walk the
	 * sequence's index in order, beside the exact condition on the time.
	 */
	record Span(Long first, Long last) {

		static final Span ALL = new Span(null, null);

	}

	/** A condition on what entries name: any of these ids of this kind. */
	record Named(String kind, Set<String> ids) {

		List<String> references() {
			return this.ids.stream().map((id) -> Reference.text(this.kind, id)).sorted().toList();
		}

	}

	private final StringBuilder where = new StringBuilder();

	private final List<Object> params = new ArrayList<>();

	private String from = "audit_event e";

	/**
	 * By the sequence; from one reference, by the key (reference, sequence) itself, which
	 * the reference fixes, so that the index is read in order and the read stops at the
	 * page's end rather than sort all the thing's entries.
	 */
	private String order = "e.sequence ?";

	private String sql;

	/** Whether this is a search of central's copy ({@link #central}). */
	private boolean central;

	/**
	 * @param before entries before this sequence (null: from the newest)
	 * @param after entries after this sequence (null: from the oldest)
	 * @param oldestFirst the order
	 * @param limit at most this many rows (null: all)
	 */
	static SearchQuery of(AuditFilter filter, Span span, List<Named> named, Collection<String> noticeTypes, Long before,
			Long after, boolean oldestFirst, Integer limit) {
		SearchQuery query = new SearchQuery();
		query.build(filter, span, named, noticeTypes, before, after, oldestFirst, limit);
		return query;
	}

	/**
	 * A search of central's copy of every kiosk's log ({@code fleet_event}), newest first
	 * by (recorded at, kiosk id, sequence) and keyset-paged on that triple: each filter
	 * fixes the leading columns of one of V28's indexes, which the rest of the order
	 * follows, so that a page is one ordered index range from the cursor on.
	 * @param kioskIds the kiosks searched (by the kiosk and site filters; null: all)
	 * @param before entries before this place in the order (null: from the newest)
	 * @param after entries after it (null: from the oldest)
	 */
	static SearchQuery central(AuditFilter filter, Set<Long> kioskIds, Collection<String> noticeTypes,
			CentralCursor before, CentralCursor after, boolean oldestFirst, int limit) {
		SearchQuery query = new SearchQuery();
		query.central = true;
		query.from = "fleet_event e";
		if (kioskIds != null) {
			if (kioskIds.size() == 1) {
				query.and("e.kiosk_id = ?", kioskIds.iterator().next());
			}
			else {
				query.and("e.kiosk_id IN (" + marks(kioskIds.size()) + ")", kioskIds.stream().sorted().toArray());
			}
		}
		if (filter.from() != null) {
			query.and("e.recorded_at >= ?", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			query.and("e.recorded_at < ?", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		}
		if (before != null) {
			query.cursor(before, "<");
		}
		if (after != null) {
			query.cursor(after, ">");
		}
		query.common(filter, noticeTypes);
		String direction = oldestFirst ? "ASC" : "DESC";
		query.sql = "SELECT " + COLUMNS + ", e.kiosk_id FROM " + query.from
				+ ((query.where.length() > 0) ? " WHERE " + query.where : "") + " ORDER BY e.recorded_at " + direction
				+ ", e.kiosk_id " + direction + ", e.sequence " + direction + " LIMIT " + limit;
		return query;
	}

	/**
	 * Past the cursor: the exact comparison of the triple, and the time alone beside it,
	 * which any of the indexes can seek to whatever its leading columns.
	 */
	private void cursor(CentralCursor cursor, String past) {
		OffsetDateTime at = OffsetDateTime.ofInstant(cursor.recordedAt(), ZoneOffset.UTC);
		and("e.recorded_at " + past + "= ? AND (e.recorded_at, e.kiosk_id, e.sequence) " + past + " (?, ?, ?)", at, at,
				cursor.kioskId(), cursor.sequence());
	}

	String sql() {
		return this.sql;
	}

	Object[] params() {
		return this.params.toArray();
	}

	private void build(AuditFilter filter, Span span, List<Named> named, Collection<String> noticeTypes, Long before,
			Long after, boolean oldestFirst, Integer limit) {
		List<Named> conditions = named.stream().filter((n) -> !n.ids().isEmpty()).toList();
		if (!conditions.isEmpty()) {
			driveFrom(conditions.get(0), before, after);
			conditions.stream().skip(1).forEach(this::names);
		}
		if (before != null) {
			and("e.sequence < ?", before);
		}
		if (after != null) {
			and("e.sequence > ?", after);
		}
		if (span.first() != null) {
			and("e.sequence >= ? AND e.recorded_at >= ?", span.first(),
					OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (span.last() != null) {
			and("e.sequence <= ? AND e.recorded_at < ?", span.last(),
					OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		}
		if (!filter.types().isEmpty() && filter.types().size() == 1 && conditions.isEmpty()) {
			// one type fixes the first column of (type, sequence): read that index in
			// order
			this.order = "e.type ?, e.sequence ?";
		}
		common(filter, noticeTypes);
		this.sql = "SELECT " + COLUMNS + " FROM " + this.from
				+ ((this.where.length() > 0) ? " WHERE " + this.where : "") + " ORDER BY "
				+ this.order.replace("?", oldestFirst ? "ASC" : "DESC") + ((limit != null) ? " LIMIT " + limit : "");
	}

	/**
	 * The conditions on what an entry is, the same in a kiosk's log and in central's copy
	 * of every kiosk's: its type, subject, severity and the words of its details.
	 */
	private void common(AuditFilter filter, Collection<String> noticeTypes) {
		if (!filter.types().isEmpty()) {
			and("e.type IN (" + marks(filter.types().size()) + ")", filter.types().toArray());
		}
		if (filter.subject() != null) {
			and("e.subject = ?", filter.subject());
		}
		if (!filter.severities().isEmpty()) {
			severities(filter.severities(), noticeTypes);
		}
		if (filter.text() != null) {
			String like = "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%";
			if (this.central) {
				// the LIKE for the trigram index, the function for PostgreSQL's planner
				// (migration V31)
				and("LOWER(e.details) LIKE ? ESCAPE '\\' AND fleet_details_contain(e.details, ?)", like, like);
			}
			else {
				and("LOWER(e.details) LIKE ? ESCAPE '\\'", like);
			}
		}
	}

	private void driveFrom(Named first, Long before, Long after) {
		String bounds = ((before != null) ? " AND r.sequence < ?" : "")
				+ ((after != null) ? " AND r.sequence > ?" : "");
		List<Object> values = new ArrayList<>(first.references());
		if (before != null) {
			values.add(before);
		}
		if (after != null) {
			values.add(after);
		}
		if (first.ids().size() == 1) {
			this.from = "audit_reference r JOIN audit_event e ON e.sequence = r.sequence";
			this.order = "r.reference ?, r.sequence ?";
			and("r.reference = ?" + bounds, values.toArray());
			return;
		}
		// one entry may name two of the ids: IN, not a join, keeps each entry once
		and("e.sequence IN (SELECT r.sequence FROM audit_reference r WHERE r.reference IN (" + marks(first.ids().size())
				+ ")" + bounds + ")", values.toArray());
	}

	private void names(Named condition) {
		List<Object> values = new ArrayList<>(condition.references());
		and("EXISTS (SELECT 1 FROM audit_reference x WHERE x.reference IN (" + marks(condition.ids().size())
				+ ") AND x.sequence = e.sequence)", values.toArray());
	}

	private void severities(Set<EntrySeverity> severities, Collection<String> noticeTypes) {
		List<String> any = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		String notices = noticeTypes.isEmpty() ? null : "e.type IN (" + marks(noticeTypes.size()) + ")";
		if (severities.contains(EntrySeverity.ALERT)) {
			any.add("e.alert = TRUE");
		}
		if (severities.contains(EntrySeverity.NOTICE) && notices != null) {
			any.add("(e.alert = FALSE AND " + notices + ")");
			values.addAll(noticeTypes);
		}
		if (severities.contains(EntrySeverity.INFO)) {
			any.add((notices != null) ? "(e.alert = FALSE AND NOT " + notices + ")" : "e.alert = FALSE");
			if (notices != null) {
				values.addAll(noticeTypes);
			}
		}
		and(any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")", values.toArray());
	}

	private void and(String condition, Object... values) {
		if (this.where.length() > 0) {
			this.where.append(" AND ");
		}
		this.where.append(condition);
		this.params.addAll(List.of(values));
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
