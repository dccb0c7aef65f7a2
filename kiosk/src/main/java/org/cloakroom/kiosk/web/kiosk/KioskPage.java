package org.cloakroom.kiosk.web.kiosk;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.checkin.KioskDesk;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.WrongPinException;
import org.cloakroom.kiosk.security.PinEntryLockedException;
import org.cloakroom.kiosk.web.live.Audience;
import org.cloakroom.kiosk.web.live.LiveStreams;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk's touch screen (800×480, the same page in every home). Every button posts
 * here and gets the screen back as an htmx fragment; the screen also refreshes when the
 * log records a step (a door closing). {@code lang} (a flag button, or a link) chooses
 * the kiosk language for the visit.
 */
@Controller
@RequestMapping("/kiosk")
class KioskPage {

	private final KioskDesk desk;

	private final LiveStreams streams;

	private final KioskWords words;

	private final KioskLanguage language;

	private final KioskScreenModel screens;

	KioskPage(KioskDesk desk, LiveStreams streams, KioskWords words, KioskLanguage language, KioskScreenModel screens) {
		this.desk = desk;
		this.streams = streams;
		this.words = words;
		this.language = language;
		this.screens = screens;
	}

	@GetMapping
	String page(@RequestParam(required = false) String lang, Model model) {
		this.language.choose(lang);
		return screen(this.desk.screen(), model, "kiosk");
	}

	@GetMapping("/screen")
	String screen(@RequestParam(required = false) String lang, Model model) {
		this.language.choose(lang);
		return screen(this.desk.screen(), model, "kiosk :: screen");
	}

	/** A refresh nudge per audit entry, after {@code Last-Event-ID} when reconnecting. */
	@GetMapping(path = "/stream",
			produces = { MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> stream(HttpServletRequest request, HttpServletResponse response,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) throws IOException {
		return this.streams.open(Audience.KIOSK, request, response, lastEventId, null);
	}

	@PostMapping("/identify")
	String identify(@RequestParam String badgeId, @RequestParam(required = false) String pin, Model model) {
		// typed on the screen, so never without the PIN: Identification refuses that
		return screen(this.desk.identify(Identification.typed(badgeId, pin)), model, "kiosk :: screen");
	}

	@PostMapping("/answer")
	String answer(@RequestParam long phoneId, @RequestParam boolean carried, Model model) {
		return screen(this.desk.answer(PhoneId.of(phoneId), carried), model, "kiosk :: screen");
	}

	@PostMapping("/reattest")
	String reattest(@RequestParam long phoneId, Model model) {
		return screen(this.desk.reattest(PhoneId.of(phoneId)), model, "kiosk :: screen");
	}

	@PostMapping("/store")
	String store(Model model) {
		return screen(this.desk.store(), model, "kiosk :: screen");
	}

	@PostMapping("/collect")
	String collect(Model model) {
		return screen(this.desk.collect(), model, "kiosk :: screen");
	}

	@PostMapping("/go-in")
	String goIn(Model model) {
		return screen(this.desk.goIn(), model, "kiosk :: screen");
	}

	@PostMapping("/cancel")
	String cancel(Model model) {
		return screen(this.desk.reset(null), model, "kiosk :: screen");
	}

	/**
	 * Refusals go back to the idle screen in plain words, never to an error page.
	 * Anything else is a fault: a 500, logged by the edge.
	 */
	@ExceptionHandler(Refusal.class)
	String refused(Refusal ex, Model model, Locale locale, HttpServletRequest request) {
		// a wrong PIN asks for the PIN again, never for the badge number too
		boolean keepBadge = ex instanceof WrongPinException || ex instanceof PinEntryLockedException;
		String badgeId = keepBadge ? request.getParameter("badgeId") : null;
		return screen(this.desk.reset(this.words.refusal(ex, locale), badgeId), model, "kiosk :: screen");
	}

	/**
	 * A form the screen never sends wrong (a phone id that is not a number): a hand-made
	 * post.
	 */
	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	String misunderstood(Exception ex, Model model, Locale locale) {
		return screen(this.desk.reset(this.words.misunderstood(locale)), model, "kiosk :: screen");
	}

	private String screen(KioskScreen screen, Model model, String view) {
		this.screens.fill(screen, model);
		return view;
	}

}
