package org.cloakroom.kiosk.fleet;

/**
 * The officer's searches over {@code fleet_event} as SQL, newest first, 50 a page, each
 * entry with its kiosk's name and site. These stand in for the consoles' search until it
 * is merged (issue 17, helper E): then {@link FleetSearchBenchmark} calls that instead,
 * and only this class changes.
 */
final class FleetSearchQueries {

	private static final String SELECT = """
			SELECT e.kiosk_id, k.name, k.site, e.sequence, e.recorded_at, e.type, e.subject, e.alert, e.details
			FROM fleet_event e JOIN fleet_kiosk k ON k.id = e.kiosk_id
			WHERE\s""";

	private static final String PAGE = " ORDER BY e.recorded_at DESC, e.kiosk_id DESC, e.sequence DESC LIMIT 50";

	/** One kiosk in a time window: kiosk id, from, to. */
	static final String KIOSK_WINDOW = SELECT + "e.kiosk_id = ? AND e.recorded_at >= ? AND e.recorded_at < ?" + PAGE;

	/** One site, one type, a time window: site, type, from, to. */
	static final String SITE_TYPE_WINDOW = SELECT
			+ "k.site = ? AND e.type = ? AND e.recorded_at >= ? AND e.recorded_at < ?" + PAGE;

	/** Text anywhere in the details, case-insensitively: the text. */
	static final String TEXT = SELECT + "e.details ILIKE '%' || ? || '%'" + PAGE;

	/** Text in the details within a time window: the text, from, to. */
	static final String TEXT_WINDOW = SELECT
			+ "e.details ILIKE '%' || ? || '%' AND e.recorded_at >= ? AND e.recorded_at < ?" + PAGE;

	/** The newest page, no filter. */
	static final String NEWEST = SELECT + "TRUE" + PAGE;

	private FleetSearchQueries() {
	}

}
