package org.cloakroom.kiosk.web.kiosk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells whether the caller is the kiosk, in the kiosk's chain only: a request from the
 * kiosk itself (its remote address is loopback: the TCP peer, never a header such as
 * {@code X-Forwarded-For}), one with {@code Authorization: Bearer} and the kiosk token,
 * or one from a screen paired with the token (its cookie). A kiosk token that is
 * presented and wrong is refused at once, wherever it comes from. Anyone else goes on as
 * they came (anonymous, or a console user), and the chain's authorization refuses them.
 */
final class KioskCallerFilter extends OncePerRequestFilter {

	/** An IP literal, so that checking it never asks DNS. */
	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private static final String BEARER = "Bearer ";

	private final KioskCredentials credentials;

	private final KioskAccessProperties properties;

	private final KioskRefusals refusals;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	KioskCallerFilter(KioskCredentials credentials, KioskAccessProperties properties, KioskRefusals refusals) {
		this.credentials = credentials;
		this.properties = properties;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			if (!this.credentials.isToken(authorization.substring(BEARER.length()).strip())) {
				this.refusals.refuse(request, response, KioskRefusal.wrongToken());
				return;
			}
			grant(KioskAuthentication.How.TOKEN);
		}
		else if (this.properties.loopback() && isLoopback(request.getRemoteAddr())) {
			grant(KioskAuthentication.How.LOOPBACK);
		}
		else if (this.credentials.isScreenPass(screenCookie(request))) {
			grant(KioskAuthentication.How.PAIRED_SCREEN);
		}
		chain.doFilter(request, response);
	}

	/** For this request only: the kiosk's chain never saves it in a session. */
	private void grant(KioskAuthentication.How how) {
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new KioskAuthentication(how));
		this.contexts.setContext(context);
	}

	static boolean isLoopback(String remoteAddress) {
		if (remoteAddress == null || !IP_LITERAL.matcher(remoteAddress).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(remoteAddress).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static String screenCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (KioskPairing.COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
