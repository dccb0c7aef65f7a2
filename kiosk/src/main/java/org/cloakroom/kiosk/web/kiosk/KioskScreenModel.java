package org.cloakroom.kiosk.web.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.checkin.PhoneAssessment;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerProperties;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.policy.ComplianceCheck;
import org.cloakroom.kiosk.policy.PlainReason;
import org.cloakroom.kiosk.policy.PlainReasons;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the kiosk template reads besides the screen itself, in the language the
 * screen is shown in: the decision's plain reasons once per app, whether the open
 * locker's door is open (what to do next depends on it), the countdown, free lockers, the
 * area's rule, the languages to choose from, and an emergency release in force.
 */
@Component
class KioskScreenModel {

	private final KioskLanguage language;

	private final Lockers lockers;

	private final LockerProperties lockerProperties;

	private final PlainReasons plainReasons;

	private final ComplianceCheck compliance;

	private final EmergencyRelease emergency;

	private final KioskWords words;

	private final Clock clock;

	private final KioskScreenProperties properties;

	private final List<KioskLanguageChoice> languageChoices;

	KioskScreenModel(KioskLanguage language, Lockers lockers, LockerProperties lockerProperties,
			PlainReasons plainReasons, ComplianceCheck compliance, EmergencyRelease emergency, KioskWords words,
			Clock clock, KioskScreenProperties properties, MessageSource messages) {
		this.language = language;
		this.lockers = lockers;
		this.lockerProperties = lockerProperties;
		this.plainReasons = plainReasons;
		this.compliance = compliance;
		this.emergency = emergency;
		this.words = words;
		this.clock = clock;
		this.properties = properties;
		this.languageChoices = KioskLanguages.ALL.stream()
			.map((each) -> new KioskLanguageChoice(each.toLanguageTag(),
					messages.getMessage("kiosk.language." + each.toLanguageTag(), null, each)))
			.toList();
	}

	void fill(KioskScreen screen, Model model) {
		Locale locale = this.language.showing(screen);
		model.addAttribute("screen", screen);
		model.addAttribute("lang", locale.toLanguageTag());
		model.addAttribute("languages", this.languageChoices);
		model.addAttribute("freeLockers", this.lockers.freeCount());
		model.addAttribute("totalLockers", this.lockers.all().size());
		model.addAttribute("noPhonesAdmitted", this.compliance.noPhonesAdmitted());
		this.emergency.current().ifPresent((release) -> {
			model.addAttribute("emergency", release);
			model.addAttribute("emergencySince", this.words.time(release.since(), locale));
		});
		CheckInView visit = screen.checkIn();
		if (visit != null) {
			model.addAttribute("reasons", reasons(visit.phones(), locale));
			model.addAttribute("doorOpen", (visit.storage() != null) && doorOpen(visit.storage().lockerId()));
			countdown(visit.lockerDeadline(), this.lockerProperties.reservationTimeout(), model);
		}
		if (screen.collection() != null) {
			model.addAttribute("doorOpen", doorOpen(screen.collection().lockerId()));
			countdown(screen.collection().lockerDeadline(), this.lockerProperties.releaseTimeout(), model);
		}
	}

	private Map<PhoneId, List<PlainReason>> reasons(List<PhoneAssessment> phones, Locale locale) {
		Map<PhoneId, List<PlainReason>> reasons = new LinkedHashMap<>();
		phones.forEach((phone) -> reasons.put(phone.phoneId(),
				this.plainReasons.of(phone.decision(), locale, this.properties.zone())));
		return reasons;
	}

	private boolean doorOpen(LockerId lockerId) {
		return (lockerId != null) && this.lockers.get(lockerId).doorOpen();
	}

	/**
	 * Seconds until the open locker relocks, by the kiosk's clock (the browser's may
	 * differ), and of how many.
	 */
	private void countdown(Instant deadline, Duration window, Model model) {
		if (deadline != null) {
			long left = Math.max(0, Duration.between(this.clock.instant(), deadline).toSeconds());
			model.addAttribute("secondsLeft", left);
			model.addAttribute("secondsTotal", Math.max(left, window.toSeconds()));
		}
	}

}
