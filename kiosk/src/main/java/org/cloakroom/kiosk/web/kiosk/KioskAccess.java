package org.cloakroom.kiosk.web.kiosk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Only the kiosk drives the kiosk: the kiosk screen, its API, the check-in and collection
 * API, and the simulation's controls answer the kiosk itself (loopback), a holder of the
 * kiosk token, or a screen paired with it ({@link KioskPairing}); everyone else is
 * refused, signed-in console users too (an officer's browser is not the kiosk).
 * <p>
 * CSRF tokens are off here, on purpose: the kiosk's credentials that a browser sends by
 * itself (its loopback address, a paired screen's {@code SameSite=Strict} cookie) are
 * guarded by {@code web.SameOriginFilter}, which refuses every changing request a browser
 * sends from another site (Fetch Metadata, else Origin) before this chain runs; a bearer
 * token is never sent by a browser on its own.
 */
@Configuration(proxyBeanMethods = false)
class KioskAccess {

	/**
	 * The kiosk's paths (README, "Only the kiosk drives the kiosk"), the simulation's
	 * controls included.
	 */
	static final String[] PATHS = { "/kiosk", "/kiosk/**", "/api/v1/kiosk/**", "/api/v1/checkins",
			"/api/v1/checkins/**", "/api/v1/collections", "/api/v1/collections/**", "/api/v1/simulation",
			"/api/v1/simulation/**" };

	/**
	 * The same headers as the consoles' (the lead's design): no inline script, no eval,
	 * no framing, no sniffing, no referrer; HSTS over HTTPS (Spring Security's default).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain kioskChain(HttpSecurity http, KioskCredentials credentials, KioskAccessProperties properties,
			KioskRefusals refusals) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(KioskPairing.PATH)
				.permitAll()
				.anyRequest()
				.hasRole(KioskAuthentication.ROLE))
			.addFilterBefore(new KioskCallerFilter(credentials, properties, refusals),
					AnonymousAuthenticationFilter.class)
			// read a console user's session (to refuse them as such), never write one
			.securityContext((context) -> context.securityContextRepository(new DelegatingSecurityContextRepository(
					new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

}
