package org.cloakroom.kiosk.badge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.checkin.BadgeReads;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.enrolment.UnknownBadgeException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where every badge reader's reads go: to the check-in's port, {@link BadgeReads}, as
 * possession. A refusal is shown on the kiosk's screen ({@link BadgeReadRefused}); an
 * unknown badge is also logged as an {@link UnknownBadgeRead} under its card key. A
 * rejected read is counted per reader and goes no further.
 */
@Component
public class BadgeReadDesk implements BadgeReadSink {

	private static final Logger log = LoggerFactory.getLogger(BadgeReadDesk.class);

	private final BadgeReads reads;

	private final ApplicationEventPublisher events;

	private final CardKeys cardKeys;

	private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();

	@Autowired
	BadgeReadDesk(BadgeReads reads, ApplicationEventPublisher events) {
		this(reads, events, new CardKeys());
	}

	BadgeReadDesk(BadgeReads reads, ApplicationEventPublisher events, CardKeys cardKeys) {
		this.reads = reads;
		this.events = events;
		this.cardKeys = cardKeys;
	}

	/** A reader's read, on its own thread: a refusal is shown and logged, not thrown. */
	@Override
	public void read(BadgeRead read) {
		try {
			answer(read);
		}
		catch (Refusal ex) {
			log.info("{}: refused ({})", read, ex.code());
		}
		catch (RuntimeException ex) {
			// the reader's thread goes on reading; the fault is the kiosk's, not the
			// card's
			log.error("{}: the kiosk failed to take the read", read, ex);
		}
	}

	/**
	 * The kiosk's answer to a read, for a caller that shows it (the simulation's reader).
	 * @throws Refusal the check-in's refusal, after the screen has shown it and an
	 * unknown badge has been logged
	 */
	public KioskScreen answer(BadgeRead read) {
		try {
			return this.reads.read(read.badgeId());
		}
		catch (Refusal ex) {
			// the screen first: the log's entry nudges the screen to show what it says
			// now
			this.events.publishEvent(new BadgeReadRefused(read, ex));
			if (ex instanceof UnknownBadgeException) {
				this.events.publishEvent(new UnknownBadgeRead(read.reader(), read.form(),
						this.cardKeys.keyOf(read.badgeId(), read.at()), read.at()));
			}
			throw ex;
		}
	}

	@Override
	public void rejected(String reader, String reason) {
		this.rejected.computeIfAbsent(reader, (name) -> new LongAdder()).increment();
		log.warn("Badge reader {}: rejected read: {}", reader, reason);
	}

	/** How many reads {@code reader} rejected since start-up. */
	public long rejectedBy(String reader) {
		LongAdder count = this.rejected.get(reader);
		return (count != null) ? count.sum() : 0;
	}

}
