package org.cloakroom.kiosk.web.kiosk;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The locale of every page: the kiosk screen's pages speak the {@link KioskLanguage} of
 * the kiosk (one screen, whoever looks at it), every other page the browser's
 * {@code Accept-Language}, as Spring's default does.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class KioskLocaleResolver implements LocaleResolver {

	private final KioskLanguage language;

	private final AcceptHeaderLocaleResolver others = new AcceptHeaderLocaleResolver();

	KioskLocaleResolver(KioskLanguage language) {
		this.language = language;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (path.equals("/kiosk") || path.startsWith("/kiosk/")) ? this.language.current()
				: this.others.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The kiosk's language changes by KioskLanguage, not by a request");
	}

}
