package org.cloakroom.kiosk.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers every answer carries, on the consoles' chain and the kiosk's alike: a
 * Content-Security-Policy that allows only our own scripts and styles (no inline script,
 * no eval: htmx listeners live in /js/*.js), no framing, no MIME sniffing, no referrer,
 * and HSTS when the request came over HTTPS (Spring Security writes it only then). The
 * one exception: a page the simulation shows in a frame of its own page (the kiosk screen
 * beside the controls) may be framed by a page of the same origin, and by nobody else.
 */
public final class SecurityHeaders {

	/** Our own scripts, styles and images only; never framed, never posting elsewhere. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	/** The same, for a page that a page of our own origin may frame. */
	public static final String CONTENT_SECURITY_POLICY_FRAMED_BY_SELF = CONTENT_SECURITY_POLICY
		.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

	private static final String CSP_HEADER = "Content-Security-Policy";

	private static final long HSTS_SECONDS = 31_536_000;

	private SecurityHeaders() {
	}

	/** Applies the headers to a filter chain; call it from each chain's configuration. */
	public static void apply(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny()));
		common(http);
	}

	/**
	 * Applies the headers, letting a page of our own origin frame the requests
	 * {@code framedBySelf} matches ({@code frame-ancestors 'self'},
	 * {@code X-Frame-Options: SAMEORIGIN}); every other request is never framed.
	 */
	public static void apply(HttpSecurity http, RequestMatcher framedBySelf) throws Exception {
		RequestMatcher others = new NegatedRequestMatcher(framedBySelf);
		http.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(framedBySelf,
					new StaticHeadersWriter(CSP_HEADER, CONTENT_SECURITY_POLICY_FRAMED_BY_SELF)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(others,
					new StaticHeadersWriter(CSP_HEADER, CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(framedBySelf,
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(others,
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY))));
		common(http);
	}

	private static void common(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentTypeOptions((nosniff) -> {
		})
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
	}

}
