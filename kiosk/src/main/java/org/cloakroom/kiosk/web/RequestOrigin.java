package org.cloakroom.kiosk.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Origins written one way ({@code scheme://host[:port]}, lower case, no default port), so
 * that the {@code Origin} a browser sends compares with the address it was sent to.
 */
final class RequestOrigin {

	private RequestOrigin() {
	}

	/** The origin this request was addressed to, as the browser would write it. */
	static String of(HttpServletRequest request) {
		return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
	}

	static String normalise(String origin) {
		String text = origin.strip().toLowerCase(Locale.ROOT);
		if (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		if (text.startsWith("http://") && text.endsWith(":80")) {
			return text.substring(0, text.length() - 3);
		}
		if (text.startsWith("https://") && text.endsWith(":443")) {
			return text.substring(0, text.length() - 4);
		}
		return text;
	}

}
