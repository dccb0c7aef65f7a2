package org.cloakroom.kiosk.web.kiosk;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the kiosk screen speaks, under {@code cloakroom.kiosk}.
 *
 * @param language the kiosk language the screen shows when nobody chose another (BCP 47:
 * {@code en}, {@code zh-CN} or {@code es})
 * @param zone the time zone the screen's times are in ({@code Europe/Berlin}); the
 * machine's own when unset
 */
@ConfigurationProperties("cloakroom.kiosk")
@Validated
public record KioskScreenProperties(@NotNull @DefaultValue("en") String language, ZoneId zone) {

	public KioskScreenProperties {
		if (KioskLanguages.find(language).isEmpty()) {
			throw new IllegalArgumentException(
					"cloakroom.kiosk.language must be one of " + KioskLanguages.TAGS + "; it is '" + language + "'");
		}
		zone = (zone != null) ? zone : ZoneId.systemDefault();
	}

	Locale locale() {
		return KioskLanguages.find(this.language).orElseThrow();
	}

}
