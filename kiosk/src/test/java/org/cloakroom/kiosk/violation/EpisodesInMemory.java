package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The episodes' table kept in a list, for unit tests of the rules. */
final class EpisodesInMemory extends EpisodeTable {

	final List<String> ended = new ArrayList<>();

	private long ids;

	EpisodesInMemory() {
		super(null);
	}

	@Override
	List<Episode> open() {
		return new ArrayList<>();
	}

	@Override
	Episode open(String key, ViolationRule rule, String subject, Instant at) {
		return new Episode(++this.ids, key, rule, subject, at, null);
	}

	@Override
	void quiet(long id, Instant since) {
	}

	@Override
	void end(long id, Instant at, EpisodeEnd reason) {
		this.ended.add(id + " " + reason);
	}

}
