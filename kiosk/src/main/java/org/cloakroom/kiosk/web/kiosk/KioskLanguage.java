package org.cloakroom.kiosk.web.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;

import org.springframework.stereotype.Component;

/**
 * The language the kiosk screen speaks now. The kiosk has one screen, so this is the
 * screen's, not a browser's: a visitor's choice (a flag button, or {@code lang=} in the
 * link) lasts their visit; without one, an identified employee's preferred language; else
 * the kiosk's configured language. When the screen goes back to idle after a visit the
 * choice is forgotten, so the next person finds the kiosk's own language; so it is when a
 * visitor chose a language on the idle screen and walked away without starting a visit
 * ({@code cloakroom.kiosk.language-hold}, by the kiosk's clock).
 */
@Component
class KioskLanguage {

	private final Locale kioskDefault;

	private final EmployeeDirectory employees;

	private final Clock clock;

	private final Duration hold;

	private Locale chosen;

	private Instant chosenAt;

	private boolean visiting;

	private EmployeeId employeeId;

	private Locale preferred;

	KioskLanguage(KioskScreenProperties properties, EmployeeDirectory employees, Clock clock) {
		this.kioskDefault = properties.locale();
		this.employees = employees;
		this.clock = clock;
		this.hold = properties.languageHold();
	}

	/**
	 * A visitor chose a language; a tag the kiosk does not speak changes nothing. The
	 * choice starts a visit of its own: a visit that ended before it does not take it
	 * back.
	 */
	synchronized void choose(String tag) {
		KioskLanguages.find(tag).ifPresent((locale) -> {
			this.chosen = locale;
			this.chosenAt = this.clock.instant();
			this.visiting = false;
		});
	}

	/** The language to show {@code screen} in, noting where the visit is. */
	synchronized Locale showing(KioskScreen screen) {
		boolean plainIdle = screen.kind() == KioskScreen.Kind.IDLE && screen.message() == null && !screen.timedOut();
		if (plainIdle && (this.visiting || leftUnused())) {
			this.chosen = null;
		}
		this.visiting = screen.kind() != KioskScreen.Kind.IDLE;
		return (this.chosen != null) ? this.chosen : preferredOf(screen.employeeId()).orElse(this.kioskDefault);
	}

	/** A language chosen on the idle screen, and no visit started within the hold. */
	private boolean leftUnused() {
		return this.chosen != null && this.clock.instant().isAfter(this.chosenAt.plus(this.hold));
	}

	/** The language of the screen as last shown. */
	synchronized Locale current() {
		return (this.chosen != null) ? this.chosen : (this.preferred != null) ? this.preferred : this.kioskDefault;
	}

	private Optional<Locale> preferredOf(EmployeeId id) {
		if (id == null) {
			this.employeeId = null;
			this.preferred = null;
			return Optional.empty();
		}
		if (!id.equals(this.employeeId)) {
			this.employeeId = id;
			this.preferred = this.employees.byId(id)
				.map(EmployeeRef::language)
				.flatMap(KioskLanguages::find)
				.orElse(null);
		}
		return Optional.ofNullable(this.preferred);
	}

}
