package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cloakroom.kiosk.security.ConsoleUserSessionExpired;
import org.cloakroom.kiosk.security.SignInProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a session unused for {@code cloakroom.security.signin.idle-timeout}, by the
 * injected Clock: the last request's time is kept in the session, and a request after too
 * long finds the session gone and is answered as anybody's (sign in again). A live
 * stream's reconnection is not the console user's activity, so it does not count. The
 * servlet container's own session timeout is set a minute later, as a backstop that frees
 * memory of sessions nobody comes back to.
 */
class IdleSessionTimeout extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = IdleSessionTimeout.class.getName() + ".lastActivity";

	private static final Duration BACKSTOP_SLACK = Duration.ofMinutes(1);

	private final Duration idle;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	IdleSessionTimeout(SignInProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.idle = properties.idleTimeout();
		this.clock = clock;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant now = this.clock.instant();
			Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
			if (last != null && Duration.between(last, now).compareTo(this.idle) > 0) {
				expire(session, last);
			}
			else if (last == null || !request.getRequestURI().endsWith("/stream")) {
				touch(session, now);
			}
		}
		chain.doFilter(request, response);
		HttpSession signedIn = request.getSession(false);
		if (signedIn != null && session == null) {
			// a session begun by this request (a sign-in): idle from now
			touch(signedIn, this.clock.instant());
		}
	}

	private void touch(HttpSession session, Instant now) {
		session.setAttribute(LAST_ACTIVITY, now);
		session.setMaxInactiveInterval((int) this.idle.plus(BACKSTOP_SLACK).toSeconds());
	}

	private void expire(HttpSession session, Instant last) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		session.invalidate();
		SecurityContextHolder.clearContext();
		if (context instanceof SecurityContext signedIn && signedIn.getAuthentication() != null) {
			this.events.publishEvent(new ConsoleUserSessionExpired(signedIn.getAuthentication().getName(), last));
		}
	}

}
