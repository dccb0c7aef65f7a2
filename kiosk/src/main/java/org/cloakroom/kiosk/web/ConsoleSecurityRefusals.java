package org.cloakroom.kiosk.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.security.ConsoleAccessRefusal;
import org.cloakroom.kiosk.security.ConsoleUserDetails;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * How the consoles' chain says no: as a {@link ConsoleAccessRefusal} handed to the same
 * exception resolver as a controller's refusals, so that it is {@link ApiErrors}' problem
 * JSON in the bundle's words (401 with a Basic challenge, 403). A page answers a console
 * user who must change the password with the way there instead.
 */
@Component
class ConsoleSecurityRefusals {

	static final String PASSWORD_PAGE = "/account/password";

	/**
	 * RFC 7617's challenge: protocol, not words for a person (the scheme and the realm
	 * that {@link ConsoleSecurity} names).
	 */
	private static final String CHALLENGE = "Basic" + " realm=\"" + ConsoleSecurity.REALM + "\"";

	private final HandlerExceptionResolver resolver;

	ConsoleSecurityRefusals(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	/** Nobody signed in: 401 with the challenge a script answers with HTTP Basic. */
	AuthenticationEntryPoint signInRequired() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
			refuse(request, response, ConsoleAccessRefusal.signInRequired(request.getMethod(), path(request)));
		};
	}

	/** Signed in, or not, and still refused: a CSRF token missing, or a role. */
	AccessDeniedHandler denied(RequestMatcher pages) {
		return (request, response, ex) -> {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			String name = (who != null) ? who.getName() : "-";
			if (ex instanceof CsrfException) {
				refuse(request, response, ConsoleAccessRefusal.csrfTokenMissing(request.getMethod(), path(request)));
			}
			else if (mustChangePassword(who) && pages.matches(request)) {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			else if (mustChangePassword(who)) {
				refuse(request, response, ConsoleAccessRefusal.passwordChangeRequired(name));
			}
			else {
				refuse(request, response, ConsoleAccessRefusal.roleRequired(name, request.getMethod(), path(request)));
			}
		};
	}

	private static boolean mustChangePassword(Authentication who) {
		return who != null && who.getAuthorities()
			.stream()
			.anyMatch((granted) -> ConsoleUserDetails.PASSWORD_CHANGE_REQUIRED.equals(granted.getAuthority()));
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		if (this.resolver.resolveException(request, response, null, refusal) == null) {
			// no resolver took it (none should fail to): the status at least
			response.sendError(RefusalKinds.of(refusal.kind()).status().value());
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
