package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.audit.AuditSubject;

/**
 * The open episodes, one per key, kept in memory and written through to their table on
 * every change of state (start, quiet, holding again, end), so a restart reads them back
 * and raises none twice. A condition that turns false starts the quiet period; one that
 * holds again within it continues the same episode. Not thread-safe: its owner locks.
 */
final class Episodes {

	private final EpisodeTable table;

	private Map<String, Episode> open;

	Episodes(EpisodeTable table) {
		this.table = table;
	}

	/**
	 * The condition holds now: {@code true} if that starts an episode (raise its event),
	 * {@code false} if one is open already (it is no longer quiet).
	 */
	boolean holds(ViolationRule rule, AuditSubject subject, Instant at) {
		String key = rule.episodeKey(subject);
		Episode episode = open().get(key);
		if (episode == null) {
			this.open.put(key, this.table.open(key, rule, subject.text(), at));
			return true;
		}
		if (episode.quietSince() != null) {
			this.table.quiet(episode.id(), null);
			this.open.put(key, episode.quiet(null));
		}
		return false;
	}

	/**
	 * The condition does not hold now: an open episode starts (or stays in) its quiet.
	 */
	void calm(ViolationRule rule, AuditSubject subject, Instant at) {
		String key = rule.episodeKey(subject);
		Episode episode = open().get(key);
		if (episode != null && episode.quietSince() == null) {
			this.table.quiet(episode.id(), at);
			this.open.put(key, episode.quiet(at));
		}
	}

	Optional<Episode> end(ViolationRule rule, AuditSubject subject, Instant at, EpisodeEnd reason) {
		Episode episode = open().remove(rule.episodeKey(subject));
		if (episode == null) {
			return Optional.empty();
		}
		this.table.end(episode.id(), at, reason);
		return Optional.of(episode);
	}

	/** Ends every episode that has been quiet for {@code period}, returning them. */
	List<Episode> endQuiet(Duration period, Instant now) {
		List<Episode> ended = new ArrayList<>();
		for (Episode episode : List.copyOf(open().values())) {
			if (episode.quietFor(period, now)) {
				this.open.remove(episode.key());
				this.table.end(episode.id(), now, EpisodeEnd.QUIET);
				ended.add(episode);
			}
		}
		return ended;
	}

	List<Episode> openOf(ViolationRule rule) {
		return open().values().stream().filter((episode) -> episode.rule() == rule).toList();
	}

	boolean isOpen(ViolationRule rule, AuditSubject subject) {
		return open().containsKey(rule.episodeKey(subject));
	}

	int size() {
		return open().size();
	}

	/**
	 * Reads the episodes again from their table (after a transaction was rolled back).
	 */
	void forget() {
		this.open = null;
	}

	private Map<String, Episode> open() {
		if (this.open == null) {
			this.open = new HashMap<>();
			this.table.open().forEach((episode) -> this.open.put(episode.key(), episode));
		}
		return this.open;
	}

}
