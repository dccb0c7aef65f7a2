package org.cloakroom.kiosk.web.kiosk;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pairs a kiosk screen that runs on another machine (a browser that cannot send a bearer
 * token): someone types the kiosk token here once, and the browser keeps a cookie holding
 * the screen pass derived from it ({@link KioskCredentials}): HttpOnly, so no script
 * reads it; {@code SameSite=Strict}, so no other site's page sends it; Secure over HTTPS.
 * It outlives restarts of the kiosk, and rotating the token unpairs every screen. The
 * token itself is never stored in the browser.
 */
@Controller
class KioskPairing {

	static final String PATH = "/kiosk/pair";

	static final String COOKIE = "cloakroom-kiosk-screen";

	/** A paired screen stays paired for a year, or until the token is rotated. */
	private static final Duration PAIRED_FOR = Duration.ofDays(365);

	private final KioskCredentials credentials;

	private final KioskWords words;

	KioskPairing(KioskCredentials credentials, KioskWords words) {
		this.credentials = credentials;
		this.words = words;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("configured", this.credentials.tokenConfigured());
		return "kiosk-pair";
	}

	@PostMapping(PATH)
	ModelAndView pair(@RequestParam(required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		if (!this.credentials.isToken(token)) {
			ModelAndView refused = new ModelAndView("kiosk-pair", HttpStatus.UNAUTHORIZED);
			refused.addObject("configured", this.credentials.tokenConfigured());
			refused.addObject("refusal", this.words.say("pair-refused", locale));
			return refused;
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, this.credentials.screenPass())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.path("/")
			.maxAge(PAIRED_FOR)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		ModelAndView paired = new ModelAndView("redirect:/kiosk");
		paired.setStatus(HttpStatus.SEE_OTHER);
		return paired;
	}

}
