package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.cloakroom.kiosk.enrolment.EmployeeDeactivatedException;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;

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

	private final Storages storages;

	private final CheckIns checkIns;

	private final Collections collections;

	private final CheckInProperties properties;

	private final Clock clock;

	private Showing showing = Idle.PLAIN;

	private Instant finishedAt;

	KioskDesk(EmployeeIdentifier identifier, Storages storages, CheckIns checkIns, Collections collections,
			CheckInProperties properties, Clock clock) {
		this.identifier = identifier;
		this.storages = storages;
		this.checkIns = checkIns;
		this.collections = collections;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * An employee identified at the kiosk. With phones stored they choose between
	 * collecting them and going in; otherwise the check-in starts.
	 */
	public synchronized KioskScreen identify(Identification who) {
		EmployeeRef employee;
		try {
			employee = this.identifier.identify(who);
		}
		catch (EmployeeDeactivatedException ex) {
			return collectionOnly(ex);
		}
		Optional<StorageView> stored = this.storages.activeFor(employee.id()).filter(StorageView::stored);
		if (stored.isPresent()) {
			return show(new Choosing(
					new KioskScreen.ChoiceView(who.badgeId(), employee.id(), employee.name(), stored.get().lockerId()),
					employee, who.identifiedBy()));
		}
		return show(new CheckingIn(this.checkIns.start(employee, who.identifiedBy()).id()));
	}

	/**
	 * A deactivated employee may not go in, but takes back phones they stored before: a
	 * phone is never kept from its owner. Without phones stored, the refusal stands.
	 */
	private KioskScreen collectionOnly(EmployeeDeactivatedException refused) {
		EmployeeRef employee = refused.employee();
		if (this.storages.activeFor(employee.id()).filter(StorageView::stored).isEmpty()) {
			throw refused;
		}
		CollectionView collection = this.collections.start(employee);
		return show(new Collecting(collection.storageId(), collection.lockerId()));
	}

	/** The employee at the choice screen takes their phones back. */
	public synchronized KioskScreen collect() {
		EmployeeRef employee = current(Choosing.class, "offering a choice").employee();
		CollectionView collection = this.collections.start(employee);
		return show(new Collecting(collection.storageId(), collection.lockerId()));
	}

	/**
	 * The employee at the choice screen goes in and leaves their stored phones where they
	 * are.
	 */
	public synchronized KioskScreen goIn() {
		Choosing choosing = current(Choosing.class, "offering a choice");
		return show(new CheckingIn(this.checkIns.start(choosing.employee(), choosing.identifiedBy()).id()));
	}

	public synchronized KioskScreen answer(PhoneId phoneId, boolean carried) {
		this.checkIns.answer(current(CheckingIn.class, "in a check-in").checkInId(), phoneId, carried);
		return screen();
	}

	public synchronized KioskScreen reattest(PhoneId phoneId) {
		this.checkIns.reattest(current(CheckingIn.class, "in a check-in").checkInId(), phoneId);
		return screen();
	}

	public synchronized KioskScreen store() {
		this.checkIns.store(current(CheckingIn.class, "in a check-in").checkInId());
		return screen();
	}

	/** Back to idle; with a message, that message (a refusal) is shown there. */
	public synchronized KioskScreen reset(String message) {
		return reset(message, null);
	}

	/**
	 * Back to idle with a refusal and the badge number typed before it, kept in its field
	 * so that a wrong PIN only asks for the PIN again.
	 */
	public synchronized KioskScreen reset(String message, String badgeId) {
		return show(new Idle(message, badgeId, false));
	}

	/** What the screen shows now. */
	public synchronized KioskScreen screen() {
		KioskScreen screen;
		try {
			screen = this.showing.render(this);
		}
		catch (CheckInRefusal.Ended ex) {
			return show(new Idle("That conversation timed out. Please start again.", null, true));
		}
		if (!this.showing.finished(screen)) {
			return screen;
		}
		Instant now = this.clock.instant();
		if (this.finishedAt == null) {
			this.finishedAt = now;
		}
		else if (!now.isBefore(this.finishedAt.plus(this.properties.screenHold()))) {
			return show(Idle.PLAIN);
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
			throw new CheckInRefusal.NotShowing(doing, this.showing.kind());
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

	/**
	 * Idle, with a refusal to show ({@code message}), the badge number to keep in its
	 * field, and whether the conversation before timed out.
	 */
	private record Idle(String message, String badgeId, boolean timedOut) implements Showing {

		static final Idle PLAIN = new Idle(null, null, false);

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.IDLE;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return KioskScreen.idle(this.message, this.badgeId, this.timedOut);
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
			return KioskScreen.choosing(this.choice);
		}

	}

	private record CheckingIn(CheckInId checkInId) implements Showing {

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.CHECK_IN;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return KioskScreen.checkingIn(desk.checkIns.get(this.checkInId));
		}

		@Override
		public boolean finished(KioskScreen screen) {
			CheckInStage stage = screen.checkIn().stage();
			return stage == CheckInStage.ENTER || stage == CheckInStage.NOT_STORED;
		}

	}

	/**
	 * A collection from {@code lockerId}, remembered here: once the phones are taken, no
	 * locker holds the storage, and the screen still names the locker.
	 */
	private record Collecting(StorageId storageId, LockerId lockerId) implements Showing {

		@Override
		public KioskScreen.Kind kind() {
			return KioskScreen.Kind.COLLECTION;
		}

		@Override
		public KioskScreen render(KioskDesk desk) {
			return KioskScreen.collecting(desk.collections.collection(this.storageId, this.lockerId));
		}

		@Override
		public boolean finished(KioskScreen screen) {
			return !screen.collection().open();
		}

	}

}
