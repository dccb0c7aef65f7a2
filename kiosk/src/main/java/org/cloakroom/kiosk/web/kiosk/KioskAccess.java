package org.cloakroom.kiosk.web.kiosk;

import org.cloakroom.kiosk.web.SecurityHeaders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

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
			"/api/v1/simulation/**", "/simulation" };

	/**
	 * The page the simulation's own page ({@code /simulation}) shows in a frame: the
	 * kiosk screen, at its real size.
	 */
	private static final String FRAMED_IN_SIMULATION = "/kiosk";

	@Bean
	@Order(1)
	SecurityFilterChain kioskChain(HttpSecurity http, KioskCredentials credentials, KioskAccessProperties properties,
			KioskRefusals refusals, @Value("${cloakroom.simulation.enabled:false}") boolean simulation)
			throws Exception {
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
					(exceptions) -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
		if (simulation) {
			SecurityHeaders.apply(http,
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, FRAMED_IN_SIMULATION));
		}
		else {
			SecurityHeaders.apply(http);
		}
		return http.build();
	}

}
