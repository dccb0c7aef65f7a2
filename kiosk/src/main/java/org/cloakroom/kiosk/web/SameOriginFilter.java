package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only our own pages post to us: a request that changes something (POST, PUT, PATCH,
 * DELETE) sent by a browser from another site is refused with 403, before it reaches a
 * controller. The browser's {@code Sec-Fetch-Site} decides where it is sent; where it is
 * absent, the {@code Origin} is compared with the address the request was sent to. A
 * request with neither (curl, a script, an MDM integration) is no browser's and passes.
 * Origins in {@code cloakroom.web.trusted-origins} pass too. Reads only headers, so that
 * sign-in and CSRF tokens can come after it unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SameOriginFilter extends OncePerRequestFilter {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final WebProperties properties;

	private final JsonMapper json;

	private final RefusalWords words;

	SameOriginFilter(WebProperties properties, JsonMapper json, RefusalWords words) {
		this.properties = properties;
		this.json = json;
		this.words = words;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String foreign = CHANGING.contains(request.getMethod()) ? foreignOrigin(request) : null;
		if (foreign == null) {
			chain.doFilter(request, response);
			return;
		}
		refuse(request, response, foreign);
	}

	/** The other site the request comes from, or null when it may pass. */
	private String foreignOrigin(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		String origin = request.getHeader("Origin");
		if (site != null && (site.equals("same-origin") || site.equals("none"))) {
			return null;
		}
		if (origin == null) {
			return (site != null && site.equals("cross-site"))
					? this.words.of(RefusalWords.words("problem.cross-site.no-origin"), request.getLocale()) : null;
		}
		String normal = RequestOrigin.normalise(origin);
		if (normal.equals(RequestOrigin.of(request)) || this.properties.trustedOrigins().contains(normal)) {
			return null;
		}
		return origin;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String origin) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:cloakroom:problem:cross-site");
		problem.put("title", HttpStatus.FORBIDDEN.getReasonPhrase());
		problem.put("status", HttpStatus.FORBIDDEN.value());
		problem.put("detail", this.words.of(RefusalWords.words("problem.cross-site", origin, RequestOrigin.of(request)),
				request.getLocale()));
		problem.put("instance", request.getRequestURI());
		problem.put("origin", origin);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
