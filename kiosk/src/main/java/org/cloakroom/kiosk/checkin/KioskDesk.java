package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.EmployeeRef;

import org.springframework.stereotype.Service;

/**
 * The kiosk at the door has one screen and one badge reader: this remembers what the
 * screen shows, so that the touch screen, the badge reader and the API all drive the same
 * conversation. A finished step stays on screen for {@code screen-hold}, then the screen
 * returns to idle.
 */
@Service
public class KioskDesk {

	private final EmployeeIdentifier identifier;

	private final StorageSessions sessions;

	private final CheckIn checkIn;

	private final CheckOut checkOut;

	private final CheckinProperties properties;

	private final Clock clock;

	private Showing showing = new Idle(null);

	private Instant finishedAt;

	KioskDesk(EmployeeIdentifier identifier, StorageSessions sessions, CheckIn checkIn, CheckOut checkOut,
			CheckinProperties properties, Clock clock) {
		this.identifier = identifier;
		this.sessions = sessions;
		this.checkIn = checkIn;
		this.checkOut = checkOut;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * An employee identified at the kiosk. With phones stored they choose between
	 * collecting them and going in; otherwise the check-in starts.
	 */
	public synchronized KioskScreen identify(Identification who) {
		EmployeeRef employee = this.identifier.identify(who);
		Optional<SessionView> stored = this.sessions.activeFor(employee.id().value())
			.filter(session -> session.state() == SessionState.STORED);
		if (stored.isPresent()) {
			return show(new Choosing(new KioskScreen.ChoiceView(who.badgeId(), employee.id().value(), employee.name(),
					stored.get().lockerId()), employee, who.identifiedBy()));
		}
		return show(new Visiting(this.checkIn.start(employee, who.identifiedBy()).id()));
	}

	/** The employee at the choice screen takes their phones back. */
	public synchronized KioskScreen collect() {
		EmployeeRef employee = current(Choosing.class, "offering a choice").employee();
		return show(new Collecting(this.checkOut.start(employee).sessionId()));
	}

	/**
	 * The employee at the choice screen goes in and leaves their stored phones where they
	 * are.
	 */
	public synchronized KioskScreen goIn() {
		Choosing choosing = current(Choosing.class, "offering a choice");
		return show(new Visiting(this.checkIn.start(choosing.employee(), choosing.identifiedBy()).id()));
	}

	public synchronized KioskScreen answer(long phoneId, boolean carried) {
		this.checkIn.answer(current(Visiting.class, "in a check-in").visitId(), phoneId, carried);
		return screen();
	}

	public synchronized KioskScreen reattest(long phoneId) {
		this.checkIn.reattest(current(Visiting.class, "in a check-in").visitId(), phoneId);
		return screen();
	}

	public synchronized KioskScreen store() {
		this.checkIn.store(current(Visiting.class, "in a check-in").visitId());
		return screen();
	}

	/** Back to idle; with a message, that message (a refusal) is shown there. */
	public synchronized KioskScreen reset(String message) {
		return show(new Idle(message));
	}

	/** What the screen shows now. */
	public synchronized KioskScreen screen() {
		KioskScreen screen;
		try {
			screen = this.showing.render(this);
		}
		catch (NotFoundException ex) {
			return show(new Idle("That conversation timed out. Please start again."));
		}
		if (!this.showing.finished(screen)) {
			return screen;
		}
		Instant now = this.clock.instant();
		if (this.finishedAt == null) {
			this.finishedAt = now;
		}
		else if (!now.isBefore(this.finishedAt.plus(this.properties.screenHold()))) {
			return show(new Idle(null));
		}
		return screen;
	}

	private KioskScreen show(Showing next) {
		this.showing = next;
		this.finishedAt = null;
		return screen();
	}

	private <T extends Showing> T current(Class<T> expected, String doing) {
		if (!expected.isInstance(this.showing)) {
			throw new IllegalStateException("The kiosk is not " + doing + " (it shows " + this.showing.kind() + ")");
		}
		return expected.cast(this.showing);
	}

	/**
	 * What the screen is showing; each case renders itself and knows when it is finished.
	 */
	private sealed interface Showing {

		KioskScreen.Kind kind();

		KioskScreen render(KioskDesk desk);

		default boolean finished(KioskScreen screen) {
			return false;
		}

	}

	private record Idle(String message) implements Showing {

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.IDLE;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return KioskScreen.idle(this.message);
		}

	}

	/**
	 * The employee identified once, at {@link #identify}: the choice continues their
	 * conversation without asking for the badge or PIN again.
	 */
	private record Choosing(KioskScreen.ChoiceView choice, EmployeeRef employee,
			String identifiedBy) implements Showing {

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.CHOOSE;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return new KioskScreen(kind(), null, null, this.choice, null);
		}

	}

	private record Visiting(UUID visitId) implements Showing {

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.VISIT;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return new KioskScreen(kind(), desk.checkIn.visit(this.visitId), null, null, null);
		}

		@Override
		public boolean finished(KioskScreen screen) {
			VisitStage stage = screen.visit().stage();
			return stage == VisitStage.ENTER || stage == VisitStage.ABANDONED;
		}

	}

	private record Collecting(long sessionId) implements Showing {

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.COLLECTION;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return new KioskScreen(kind(), null, desk.checkOut.collection(this.sessionId), null, null);
		}

		@Override
		public boolean finished(KioskScreen screen) {
			return screen.collection().state() != SessionState.COLLECTING;
		}

	}

}
