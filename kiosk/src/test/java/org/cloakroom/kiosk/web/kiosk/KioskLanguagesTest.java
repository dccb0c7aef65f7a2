package org.cloakroom.kiosk.web.kiosk;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which kiosk language a tag names, and the configured default's validation.
 */
class KioskLanguagesTest {

	private static final Duration HOLD = Duration.ofMinutes(2);

	@Test
	void aTagIsMatchedByItsLanguageAndForChineseItsScript() {
		assertThat(KioskLanguages.find("en")).contains(Locale.ENGLISH);
		assertThat(KioskLanguages.find("en-GB")).contains(Locale.ENGLISH);
		assertThat(KioskLanguages.find("es-MX")).contains(Locale.forLanguageTag("es"));
		assertThat(KioskLanguages.find("zh-CN")).contains(Locale.SIMPLIFIED_CHINESE);
		assertThat(KioskLanguages.find("zh_CN")).contains(Locale.SIMPLIFIED_CHINESE);
		assertThat(KioskLanguages.find("zh-Hans-HK")).contains(Locale.SIMPLIFIED_CHINESE);
		assertThat(KioskLanguages.find("zh")).contains(Locale.SIMPLIFIED_CHINESE);
		assertThat(KioskLanguages.find("zh-TW")).as("Traditional Chinese is not spoken here").isEmpty();
		assertThat(KioskLanguages.find("fr")).isEmpty();
		assertThat(KioskLanguages.find("")).isEmpty();
		assertThat(KioskLanguages.find(null)).isEmpty();
		assertThat(KioskLanguages.TAGS).containsExactly("en", "zh-CN", "es");
	}

	@Test
	void theKiosksLanguageMustBeOneItSpeaks() {
		assertThat(new KioskScreenProperties("es", ZoneId.of("Europe/Madrid"), HOLD).locale())
			.isEqualTo(Locale.forLanguageTag("es"));
		assertThat(new KioskScreenProperties("en", null, HOLD).zone()).isEqualTo(ZoneId.systemDefault());
		assertThatIllegalArgumentException().isThrownBy(() -> new KioskScreenProperties("fr", null, HOLD))
			.withMessage("cloakroom.kiosk.language must be one of [en, zh-CN, es]; it is 'fr'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KioskScreenProperties("en", null, Duration.ofSeconds(5)))
			.withMessage("cloakroom.kiosk.language-hold must be from 10s to 1h; it is PT5S");
	}

}
