package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;

/**
 * The rules over enrolled phones: on every move of a phone, and whenever the lockers take
 * or give back a phone, each rule is asked whether it holds (never on a move whose
 * confidence is below {@code min-confidence}); an episode starts, continues, goes quiet
 * or ends accordingly. Returns the events to publish. Keeps each phone's latest move and
 * the phones the lockers hold, so a move costs a map look-up unless a rule may hold. Not
 * thread-safe: {@link Violations} locks.
 */
final class PhoneWatch {

	private final List<PhoneRule> rules;

	private final double minConfidence;

	private final Episodes episodes;

	private final Map<Long, PhoneZoneChanged> lastMoves = new HashMap<>();

	private final Map<Long, StoredPhone> stored = new HashMap<>();

	/**
	 * @param minConfidence the confidence a move needs for a rule to hold on it
	 */
	PhoneWatch(List<PhoneRule> rules, double minConfidence, Episodes episodes) {
		this.rules = List.copyOf(rules);
		this.minConfidence = minConfidence;
		this.episodes = episodes;
	}

	/** The phones the lockers hold now, when the watch starts. */
	void holding(Collection<StoredPhone> phones) {
		this.stored.clear();
		phones.forEach((phone) -> this.stored.put(phone.phoneId(), phone));
	}

	/**
	 * Remembers the move; {@code true} if a rule may care about it (so it is worth a
	 * transaction): the phone is inside, in a locker, or in an open episode.
	 */
	boolean remember(PhoneZoneChanged move) {
		this.lastMoves.put(move.phoneId(), move);
		if (move.to() == Zone.INSIDE || this.stored.containsKey(move.phoneId())) {
			return true;
		}
		AuditSubject phone = AuditSubject.phone(move.phoneId());
		for (PhoneRule rule : this.rules) {
			if (this.episodes.isOpen(rule.rule(), phone)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Applies the rules to a move {@link #remember remembered} as one they may care
	 * about.
	 */
	List<AuditableEvent> moved(PhoneZoneChanged move) {
		List<AuditableEvent> raised = new ArrayList<>(1);
		judge(move, move.at(), raised);
		return raised;
	}

	/** The lockers took the phone: its inside episode ends; a decoy may start. */
	List<AuditableEvent> stored(StoredPhone phone, Instant at) {
		this.stored.put(phone.phoneId(), phone);
		List<AuditableEvent> events = new ArrayList<>();
		end(ViolationRule.MUST_STORE_INSIDE, phone.phoneId(), at, EpisodeEnd.STORED, events);
		rejudge(phone.phoneId(), at, events);
		return events;
	}

	/**
	 * The lockers gave the phone back: its decoy episode ends; an inside one may start.
	 */
	List<AuditableEvent> collected(long phoneId, Instant at) {
		List<AuditableEvent> events = new ArrayList<>();
		if (this.stored.remove(phoneId) == null) {
			return events;
		}
		end(ViolationRule.DECOY, phoneId, at, EpisodeEnd.COLLECTED, events);
		rejudge(phoneId, at, events);
		return events;
	}

	/** The phones of a storage that ended, whichever way. */
	List<Long> phonesOf(long storageId) {
		return this.stored.values()
			.stream()
			.filter((phone) -> phone.storageId() == storageId)
			.map(StoredPhone::phoneId)
			.toList();
	}

	private void rejudge(long phoneId, Instant at, List<AuditableEvent> events) {
		PhoneZoneChanged last = this.lastMoves.get(phoneId);
		if (last != null) {
			judge(last, at, events);
		}
	}

	private void judge(PhoneZoneChanged move, Instant at, List<AuditableEvent> raised) {
		StoredPhone holder = this.stored.get(move.phoneId());
		AuditSubject phone = AuditSubject.phone(move.phoneId());
		// a zone proximity is unsure of never starts or continues an episode; it may
		// quiet
		// one, as any move that breaks no rule does
		boolean confident = move.confidence() >= this.minConfidence;
		for (PhoneRule rule : this.rules) {
			if (!confident || !rule.holds(move, holder)) {
				this.episodes.calm(rule.rule(), phone, at);
			}
			else if (this.episodes.holds(rule.rule(), phone, at)) {
				raised.add(rule.raised(rule.rule().episodeKey(phone), move, holder));
			}
		}
	}

	private void end(ViolationRule rule, long phoneId, Instant at, EpisodeEnd reason, List<AuditableEvent> events) {
		AuditSubject phone = AuditSubject.phone(phoneId);
		this.episodes.end(rule, phone, at, reason)
			.ifPresent((episode) -> events.add(Violations.ended(episode, phone, reason, at)));
	}

}
