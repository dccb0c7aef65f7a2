package org.cloakroom.kiosk.badge.simulated;

import java.time.Clock;

import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadDesk;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.ReaderHealth;
import org.cloakroom.kiosk.checkin.KioskScreen;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The simulation's badge reader, {@code simulated}: the control panel's badge buttons tap
 * badges on it. Its reads take the same way as a wired reader's, so an unknown card
 * tapped here is shown and logged as one held to a real reader; the tapper also gets the
 * kiosk's answer, or its refusal.
 */
@Component
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
public class SimulatedReader implements BadgeReader {

	/** Its name, and the form of its reads. */
	public static final String NAME = "simulated";

	private final BadgeReadDesk desk;

	private final Clock clock;

	private volatile boolean started;

	SimulatedReader(BadgeReadDesk desk, Clock clock) {
		this.desk = desk;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void start(BadgeReadSink sink) {
		this.started = true;
	}

	/**
	 * A badge held to the reader.
	 * @throws org.cloakroom.kiosk.Refusal the check-in's refusal, after the screen showed
	 * it
	 */
	public KioskScreen tap(String badgeId) {
		return this.desk.answer(new BadgeRead(NAME, badgeId, NAME, this.clock.instant()));
	}

	@Override
	public ReaderHealth health() {
		return this.started ? ReaderHealth.reading("the simulation's control panel")
				: ReaderHealth.down("not started yet");
	}

	@Override
	public void close() {
		this.started = false;
	}

}
