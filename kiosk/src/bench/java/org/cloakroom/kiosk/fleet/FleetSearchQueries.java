package org.cloakroom.kiosk.fleet;

import java.util.Collections;

/**
 * The officer's searches over {@code fleet_event} as SQL, in the shape the central
 * consoles' search builds them ({@code audit.SearchQuery.central} on helper E's branch,
 * 2026-12-07): newest first by (recorded at, kiosk id, sequence), 51 rows for a page of
 * 50, a site resolved to its kiosks' ids first, text as {@code LOWER(details) LIKE}. Once
 * that search is merged, {@link FleetSearchBenchmark} can call it instead and only this
 * class changes.
 */
final class FleetSearchQueries {

	private static final String SELECT = "SELECT e.sequence, e.recorded_at, e.type, e.subject, e.alert, e.details,"
			+ " e.previous_hash, e.hash, e.key_id, e.kiosk_id FROM fleet_event e WHERE ";

	private static final String PAGE = " ORDER BY e.recorded_at DESC, e.kiosk_id DESC, e.sequence DESC LIMIT 51";

	/** One kiosk in a time window: kiosk id, from, to. */
	static final String KIOSK_WINDOW = SELECT + "e.kiosk_id = ? AND e.recorded_at >= ? AND e.recorded_at < ?" + PAGE;

	/** The ids of a site's kiosks: the site. */
	static final String SITE_KIOSKS = "SELECT id FROM fleet_kiosk WHERE site = ? ORDER BY id";

	/** Text anywhere in the details, in any case: the text, lower case, between %. */
	static final String TEXT = SELECT + "LOWER(e.details) LIKE ? ESCAPE '\\'" + PAGE;

	/** The same within a time window: the text, from, to. */
	static final String TEXT_WINDOW = SELECT
			+ "LOWER(e.details) LIKE ? ESCAPE '\\' AND e.recorded_at >= ? AND e.recorded_at < ?" + PAGE;

	/** The newest page, no filter. */
	static final String NEWEST = SELECT + "TRUE" + PAGE;

	private FleetSearchQueries() {
	}

	/** Some kiosks' entries of one type in a time window: the ids, then type, from, to. */
	static String kiosksTypeWindow(int kiosks) {
		return SELECT + "e.kiosk_id IN (" + String.join(", ", Collections.nCopies(kiosks, "?"))
				+ ") AND e.recorded_at >= ? AND e.recorded_at < ? AND e.type IN (?)" + PAGE;
	}

}
