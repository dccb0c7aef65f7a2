package org.cloakroom.kiosk.fleet.ingest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.Refusal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Only kiosks call {@code /api/v1/fleet/**}, each with its fleet token
 * ({@link FleetTokenFilter}); the join alone needs none (it takes a join code). A chain
 * of its own, before the consoles' and the kiosk's, so that neither guards these paths
 * and no console user's sign-in counts here. Stateless and without CSRF tokens: a bearer
 * token is never sent by a browser on its own. Refusals are problem details from the same
 * exception resolver as a controller's.
 */
@Configuration(proxyBeanMethods = false)
@CentralHome
class FleetAccess {

	static final String PREFIX = "/api/v1/fleet";

	/** RFC 6750's challenge: protocol, not words for a person. */
	static final String CHALLENGE = "Bearer realm=\"Cloakroom fleet\"";

	@Bean
	@Order(0)
	SecurityFilterChain fleetChain(HttpSecurity http, KioskTable kiosks,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
		http.securityMatcher(PREFIX + "/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PREFIX + "/join")
				.permitAll()
				.anyRequest()
				.hasRole(FleetCaller.ROLE))
			.addFilterBefore(new FleetTokenFilter(kiosks, resolver), AnonymousAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, why) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
				refuse(resolver, request, response, FleetRefusal.tokenRequired());
			})
				.accessDeniedHandler(
						(request, response, why) -> refuse(resolver, request, response, FleetRefusal.tokenRequired())));
		return http.build();
	}

	static void refuse(HandlerExceptionResolver resolver, HttpServletRequest request, HttpServletResponse response,
			Refusal refusal) throws IOException {
		if (resolver.resolveException(request, response, null, refusal) == null) {
			response.sendError((refusal.kind() == Refusal.Kind.UNAUTHENTICATED) ? 401 : 403);
		}
	}

}
