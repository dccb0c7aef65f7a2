package org.cloakroom.kiosk.web.kiosk;

import java.time.Duration;
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
 * @param languageHold how long a language a visitor chose on the idle screen holds while
 * nobody starts a visit: then the screen speaks its own again, for the next person
 */
@ConfigurationProperties("cloakroom.kiosk")
@Validated
public record KioskScreenProperties(@NotNull @DefaultValue("en") String language, ZoneId zone,
		@NotNull @DefaultValue("2m") Duration languageHold) {

	public KioskScreenProperties {
		if (KioskLanguages.find(language).isEmpty()) {
			throw new IllegalArgumentException(
					"cloakroom.kiosk.language must be one of " + KioskLanguages.TAGS + "; it is '" + language + "'");
		}
		zone = (zone != null) ? zone : ZoneId.systemDefault();
		if (languageHold != null && (languageHold.compareTo(Duration.ofSeconds(10)) < 0
				|| languageHold.compareTo(Duration.ofHours(1)) > 0)) {
			throw new IllegalArgumentException(
					"cloakroom.kiosk.language-hold must be from 10s to 1h; it is " + languageHold);
		}
	}

	Locale locale() {
		return KioskLanguages.find(this.language).orElseThrow();
	}

}
