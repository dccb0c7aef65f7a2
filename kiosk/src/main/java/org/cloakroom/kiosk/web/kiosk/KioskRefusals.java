package org.cloakroom.kiosk.web.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.web.RefusalKinds;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request the kiosk's chain refuses. The API gets problem JSON from
 * {@code web.ApiErrors}, as every other refusal (the refusal is handed to MVC's exception
 * resolvers, so there is no second handler); a page gets the same words as plain text. An
 * anonymous caller hears that the kiosk token is needed (401, {@code WWW-Authenticate:
 * Bearer}); a signed-in console user that the kiosk is for the kiosk only (403).
 */
@Component
class KioskRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver resolver;

	private final RefusalWords words;

	KioskRefusals(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, RefusalWords words) {
		this.resolver = resolver;
		this.words = words;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException why)
			throws IOException {
		refuse(request, response, KioskRefusal.tokenRequired());
	}

	/** Called only for a caller who is signed in, and not as the kiosk. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException why)
			throws IOException {
		refuse(request, response, KioskRefusal.kioskOnly());
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, KioskRefusal refusal) throws IOException {
		if (refusal.kind() == KioskRefusal.Kind.UNAUTHENTICATED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(refusal.isWrongToken()));
		}
		if (isApi(request)) {
			ModelAndView answered = this.resolver.resolveException(request, response, null, refusal);
			if (answered != null) {
				return;
			}
		}
		response.setStatus(RefusalKinds.of(refusal.kind()).status().value());
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().println(this.words.of(refusal, request.getLocale()));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
