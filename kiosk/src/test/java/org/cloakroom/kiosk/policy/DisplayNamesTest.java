package org.cloakroom.kiosk.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNamesTest {

	@Test
	void trimsCollapsesSpacesAndIgnoresCase() {
		assertThat(DisplayNames.same("  Tencent \t QQ ", "tencent qq")).isTrue();
		assertThat(DisplayNames.normalise(" WeChat  Pay")).isEqualTo("wechat pay");
	}

	@Test
	void doesNotMatchOtherNamesNearMissesOrBlanks() {
		assertThat(DisplayNames.same("WeChat Work", "WeChat")).isFalse();
		assertThat(DisplayNames.same("TikTok", "Tik Tok")).isFalse();
		assertThat(DisplayNames.same("WeChat.", "WeChat")).isFalse();
		assertThat(DisplayNames.same(" ", " ")).isFalse();
		assertThat(DisplayNames.same(null, "")).isFalse();
	}

}
