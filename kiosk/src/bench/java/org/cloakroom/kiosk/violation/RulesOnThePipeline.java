package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.policy.UnenrolledInsideAction;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The violation rules as {@code Violations} runs them on the pipeline's events, for the
 * pipeline's benchmark: the same {@link PhoneWatch}, {@link UnenrolledInside} and
 * {@link Episodes}, with the episodes' table (the tests' {@link EpisodesInMemory}) and the
 * evidence answered from memory (every
 * enrolled phone must be stored, none is in a locker), so what is measured is the rules'
 * own work per event, not H2's.
 */
public final class RulesOnThePipeline implements ApplicationEventPublisher {

	private final Episodes episodes = new Episodes(new EpisodesInMemory());

	private final PhoneWatch phones;

	private final UnenrolledInside unenrolled;

	private long heard;

	private long judged;

	private long raised;

	public RulesOnThePipeline() {
		ViolationProperties properties = ViolationProperties.defaults();
		Evidence evidence = new EvidenceInMemory();
		this.phones = new PhoneWatch(List.of(new MustStoreInside(properties.mustStoreInside(), evidence),
				new Decoy(properties.decoy(), evidence)), properties.minConfidence(), this.episodes);
		this.phones.holding(List.of());
		this.unenrolled = new UnenrolledInside(properties.unenrolledInside(), this.episodes);
	}

	@Override
	public void publishEvent(Object event) {
		this.heard++;
		if (event instanceof PhoneZoneChanged move && this.phones.remember(move)) {
			this.judged++;
			this.raised += this.phones.moved(move).size();
		}
		else if (event instanceof UnenrolledPhoneArrived arrival && this.unenrolled.concerns(arrival)) {
			this.raised += this.unenrolled.arrived(arrival, UnenrolledInsideAction.ALERT).size();
		}
	}

	/** Ends quiet episodes, as the clock's check does. */
	public void check(Instant now) {
		this.episodes.endQuiet(Duration.ofMinutes(2), now);
	}

	/** Events heard, moves the rules judged, episodes raised: what the figure covers. */
	public String tally() {
		return this.heard + " events heard, " + this.judged + " moves judged, " + this.raised + " episodes raised";
	}

	private static final class EvidenceInMemory implements Evidence {

		@Override
		public boolean mustStore(long phoneId) {
			return true;
		}

		@Override
		public AuditableEvent seenInside(String episodeKey, AlertSeverity severity, PhoneZoneChanged move) {
			return new PhoneSeenInside(episodeKey, severity, move.phoneId(), "Phone", 1, "Employee", "MUST_STORE",
					List.of("inside"), move.filteredRssi(), move.confidence(), null, null, null, null, move.at());
		}

		@Override
		public AuditableEvent decoy(String episodeKey, AlertSeverity severity, PhoneZoneChanged move,
				StoredPhone stored) {
			return new PossibleDecoy(episodeKey, severity, move.phoneId(), "Phone", 1, "Employee", stored.storageId(),
					stored.lockerId(), stored.storedAt(), move.to(), List.of("door"), move.filteredRssi(), move.confidence(),
					move.at());
		}

	}

}
