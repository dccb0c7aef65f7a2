package org.cloakroom.kiosk.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries, on the consoles' chain and the kiosk's alike: a
 * Content-Security-Policy that allows only our own scripts and styles (no inline script,
 * no eval: htmx listeners live in /js/*.js), no framing, no MIME sniffing, no referrer,
 * and HSTS when the request came over HTTPS (Spring Security writes it only then).
 */
public final class SecurityHeaders {

	/** Our own scripts, styles and images only; never framed, never posting elsewhere. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	private static final long HSTS_SECONDS = 31_536_000;

	private SecurityHeaders() {
	}

	/** Applies the headers to a filter chain; call it from each chain's configuration. */
	public static void apply(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			.contentTypeOptions((nosniff) -> {
			})
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
	}

}
