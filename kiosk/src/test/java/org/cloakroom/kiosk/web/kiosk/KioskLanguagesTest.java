package org.cloakroom.kiosk.web.kiosk;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which kiosk language a tag names, and the configured default's validation.
 */
class KioskLanguagesTest {

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
		assertThat(new KioskScreenProperties("es", ZoneId.of("Europe/Madrid")).locale())
			.isEqualTo(Locale.forLanguageTag("es"));
		assertThat(new KioskScreenProperties("en", null).zone()).isEqualTo(ZoneId.systemDefault());
		assertThatIllegalArgumentException().isThrownBy(() -> new KioskScreenProperties("fr", null))
			.withMessage("cloakroom.kiosk.language must be one of [en, zh-CN, es]; it is 'fr'");
	}

}
