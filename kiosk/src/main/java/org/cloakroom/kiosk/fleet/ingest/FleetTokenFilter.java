package org.cloakroom.kiosk.fleet.ingest;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.fleet.wire.FleetToken;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Tells which kiosk a fleet request comes from by its {@code Authorization: Bearer} fleet
 * token: the secret's SHA-256 compared in constant time with the one central keeps. A
 * token that is presented and wrong (or names no kiosk) is refused at once, 401; a
 * revoked kiosk's right token, 403 {@code fleet-kiosk-revoked}. No token goes on
 * anonymous, and the chain refuses it where one is needed.
 */
final class FleetTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/** Compared against when the token names no kiosk, so that both take as long. */
	private static final String NOBODY = "0".repeat(64);

	private final KioskTable kiosks;

	private final HandlerExceptionResolver resolver;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	FleetTokenFilter(KioskTable kiosks, HandlerExceptionResolver resolver) {
		this.kiosks = kiosks;
		this.resolver = resolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Optional<FleetToken> token = FleetToken.parse(authorization.substring(BEARER.length()));
			Optional<KioskTable.Credentials> kiosk = token
				.flatMap((presented) -> this.kiosks.credentials(presented.kiosk()));
			String stored = kiosk.map(KioskTable.Credentials::tokenSha256).orElse(NOBODY);
			boolean matches = token.isPresent() && Sha256.matches(stored, token.get().secret()) && kiosk.isPresent()
					&& kiosk.get().tokenSha256() != null;
			if (!matches) {
				refuse(request, response, FleetRefusal.tokenWrong());
				return;
			}
			if (kiosk.get().state() == KioskState.REVOKED) {
				refuse(request, response, FleetRefusal.revoked());
				return;
			}
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(
					new FleetCaller(new FleetCaller.Kiosk(kiosk.get().id(), kiosk.get().name(), kiosk.get().site())));
			this.contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		if (refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, FleetAccess.CHALLENGE + ", error=\"invalid_token\"");
		}
		FleetAccess.refuse(this.resolver, request, response, refusal);
	}

}
