package org.cloakroom.kiosk.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.cloakroom.kiosk.enrolment.Platform;

class FlaggedAppIdentifierTest {

	private static FlaggedAppIdentifier android(String identifier) {
		return new FlaggedAppIdentifier(Platform.ANDROID, identifier, false, null);
	}

	@Test
	void exactIdentifierMatchesOnlyThatApp() {
		FlaggedAppIdentifier wechat = android("com.tencent.mm");

		assertThat(wechat.matches(Platform.ANDROID, "com.tencent.mm")).isTrue();
		assertThat(wechat.matches(Platform.ANDROID, "com.tencent.mmx")).isFalse();
		assertThat(wechat.matches(Platform.ANDROID, "com.tencent")).isFalse();
	}

	@Test
	void prefixMatchesAppsBelowItButNotALongerName() {
		FlaggedAppIdentifier tencent = android("com.tencent.*");

		assertThat(tencent.isPrefix()).isTrue();
		assertThat(tencent.matches(Platform.ANDROID, "com.tencent.mm")).isTrue();
		assertThat(tencent.matches(Platform.ANDROID, "com.tencent.mobileqq")).isTrue();
		assertThat(tencent.matches(Platform.ANDROID, "com.tencentx")).isFalse();
		assertThat(tencent.matches(Platform.ANDROID, "com.tencent")).isFalse();
	}

	@Test
	void anAndroidIdentifierDoesNotMatchOnIos() {
		assertThat(android("com.tencent.mm").matches(Platform.IOS, "com.tencent.mm")).isFalse();
		assertThat(android("com.tencent.*").matches(Platform.IOS, "com.tencent.xin")).isFalse();
	}

	@Test
	void matchingIgnoresCaseAndSurroundingSpace() {
		assertThat(android("com.eg.android.AlipayGphone").matches(Platform.ANDROID, " com.eg.android.alipaygphone "))
			.isTrue();
	}

	@Test
	void refusesIdentifiersThatAreNotPackageNamesOrPrefixes() {
		assertThatIllegalArgumentException().isThrownBy(() -> android("com.*.mm")).withMessageContaining("com.*.mm");
		assertThatIllegalArgumentException().isThrownBy(() -> android("*")).withMessageContaining("'*'");
		assertThatIllegalArgumentException().isThrownBy(() -> android(" ")).withMessageContaining("prefix");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FlaggedAppIdentifier(null, "com.tencent.mm", false, null))
			.withMessageContaining("platform");
	}

	@Test
	void neverMatchesAMissingAppId() {
		assertThat(android("com.tencent.*").matches(Platform.ANDROID, null)).isFalse();
	}

}
