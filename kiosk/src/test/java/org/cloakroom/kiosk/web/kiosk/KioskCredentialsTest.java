package org.cloakroom.kiosk.web.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The kiosk token, the screen pass derived from it, and the settings that decide who is
 * the kiosk: no token means only loopback; a token too short to resist guessing stops
 * start-up without ever naming the token; forwarded headers that could forge loopback
 * stop start-up.
 */
class KioskCredentialsTest {

	private static final String TOKEN = "0123456789abcdef0123456789abcdef-token";

	@Test
	void theTokenMatchesItselfOnly() {
		KioskCredentials credentials = new KioskCredentials(new KioskAccessProperties(TOKEN, true));
		assertThat(credentials.tokenConfigured()).isTrue();
		assertThat(credentials.isToken(TOKEN)).isTrue();
		assertThat(credentials.isToken(TOKEN + " ")).isFalse();
		assertThat(credentials.isToken(TOKEN.substring(1))).isFalse();
		assertThat(credentials.isToken("")).isFalse();
		assertThat(credentials.isToken(null)).isFalse();
	}

	@Test
	void theScreenPassIsDerivedFromTheTokenAndChangesWithIt() {
		KioskCredentials credentials = new KioskCredentials(new KioskAccessProperties(TOKEN, true));
		KioskCredentials rotated = new KioskCredentials(new KioskAccessProperties(TOKEN + "2", true));
		assertThat(credentials.screenPass()).isNotBlank().doesNotContain(TOKEN);
		assertThat(credentials.isScreenPass(credentials.screenPass())).isTrue();
		assertThat(credentials.isToken(credentials.screenPass())).as("the pass is not the token").isFalse();
		assertThat(rotated.isScreenPass(credentials.screenPass())).as("rotating the token unpairs screens").isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "anything", TOKEN })
	void withoutATokenNothingPassesButLoopback(String presented) {
		KioskCredentials none = new KioskCredentials(new KioskAccessProperties(null, true));
		assertThat(none.tokenConfigured()).isFalse();
		assertThat(none.isToken(presented)).isFalse();
		assertThat(none.isScreenPass(presented)).isFalse();
		assertThat(none.screenPass()).isNull();
	}

	@Test
	void aShortTokenStopsStartUpNamingTheRuleNotTheToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> new KioskAccessProperties("short-secret", true))
			.withMessage("cloakroom.kiosk.token (CLOAKROOM_KIOSK_TOKEN) must be at least 32 characters; it has 12")
			.withMessageNotContaining("short-secret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KioskAccessProperties("0123456789abcdef 0123456789abcdef", true))
			.withMessageContaining("without spaces");
		assertThat(new KioskAccessProperties(TOKEN, true).toString()).doesNotContain(TOKEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1" })
	void loopbackAddressesAreTheKioskItself(String address) {
		assertThat(KioskCallerFilter.isLoopback(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.1.2.3", "192.168.1.20", "fe80::1", "localhost", "kiosk.example", "" })
	void otherAddressesAndNamesAreNot(String address) {
		assertThat(KioskCallerFilter.isLoopback(address)).isFalse();
	}

	@Test
	void forwardedHeadersThatCouldForgeLoopbackStopStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ForwardedLoopbackCheck.check(true,
					new MockEnvironment().withProperty("server.forward-headers-strategy", "framework")))
			.withMessageContaining("cloakroom.kiosk.loopback=false");
		assertThatIllegalStateException()
			.isThrownBy(() -> ForwardedLoopbackCheck.check(true,
					new MockEnvironment().withProperty("server.forward-headers-strategy", "native")))
			.withMessageContaining("server.tomcat.remoteip.internal-proxies");
		assertThatNoException().isThrownBy(() -> ForwardedLoopbackCheck.check(true,
				new MockEnvironment().withProperty("server.forward-headers-strategy", "native")
					.withProperty("server.tomcat.remoteip.internal-proxies", "192\\.168\\.1\\.5")));
		assertThatNoException().isThrownBy(() -> ForwardedLoopbackCheck.check(false,
				new MockEnvironment().withProperty("server.forward-headers-strategy", "framework")));
		assertThatNoException().isThrownBy(() -> ForwardedLoopbackCheck.check(true, new MockEnvironment()));
	}

}
