package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision's reasons as the kiosk says them: once per app with the alias under its main
 * entry, in English, Simplified Chinese and Spanish from the seed's text and the policy
 * bundles, English where an entry has no text, dates in the reader's zone; the reasons
 * the audit log records stay as they were.
 */
@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
@Transactional
class PlainReasonsIT {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	PlainReasons plain;

	@Autowired
	ComplianceCheck check;

	@Autowired
	FlaggedAppCatalogue catalogue;

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void setTheClock() {
		this.clock.set(NOW);
	}

	private static PhoneFacts declared(Instant at, String... appIds) {
		return new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID, Set.of(appIds), Set.of(), at,
				true, false);
	}

	@Test
	void weChatAndWeChatPayAreOneLineWithTheAliasUnderIt() {
		Decision decision = this.check.decide(declared(NOW, "com.tencent.mm"));
		assertThat(decision.reasons()).extracting(Reason::catalogueEntry).containsExactly("wechat", "wechat-pay");

		assertThat(this.plain.of(decision, Locale.ENGLISH)).singleElement().satisfies((line) -> {
			assertThat(line.words()).isEqualTo("WeChat is on the flagged-app list: its messages are not end-to-end "
					+ "encrypted (Amnesty International, 2016), and the US (2020, order since revoked) and India (2020) "
					+ "named it a national-security risk");
			assertThat(line.alsoCovers()).containsExactly("WeChat Pay");
			assertThat(line.source()).contains("Executive Order 13943").contains("August 6, 2020");
		});
	}

	@Test
	void theCatalogueReasonIsSaidInTheReadersLanguage() {
		Decision decision = this.check.decide(declared(NOW, "com.tencent.mm"));

		assertThat(this.plain.of(decision, CHINESE)).singleElement().satisfies((line) -> {
			assertThat(line.words()).startsWith("微信在受限应用名单上：其消息没有端到端加密");
			assertThat(line.alsoCovers()).containsExactly("微信支付");
			assertThat(line.source()).contains("2020年8月6日");
		});
		assertThat(this.plain.of(decision, SPANISH)).singleElement().satisfies((line) -> {
			assertThat(line.words()).isEqualTo("WeChat está en la lista de aplicaciones señaladas: sus mensajes no "
					+ "tienen cifrado de extremo a extremo (Amnistía Internacional, 2016), y EE. UU. (2020, orden ya "
					+ "revocada) e India (2020) la señalaron como un riesgo para la seguridad nacional");
			assertThat(line.alsoCovers()).containsExactly("WeChat Pay");
		});
	}

	@Test
	void anEntryWithoutTextInTheLanguageIsSaidInEnglishInTheLanguagesSentence() {
		this.catalogue.add(new FlaggedApp("chatty", "Chatty", "Chatty Inc", Severity.STORE_REQUIRED, "it leaks", null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, "org.chatty", false, null)),
				List.of(new FlaggedAppSource("A report", LocalDate.of(2024, 3, 1), "https://example.org/r", null)),
				Map.of("zh-CN", new FlaggedAppText("聊聊", "它会泄露数据"))));
		Decision decision = this.check.decide(declared(NOW, "org.chatty"));

		assertThat(this.plain.of(decision, SPANISH)).extracting(PlainReason::words)
			.containsExactly("Chatty está en la lista de aplicaciones señaladas: it leaks");
		assertThat(this.plain.of(decision, CHINESE)).extracting(PlainReason::words)
			.containsExactly("聊聊在受限应用名单上：它会泄露数据");
		assertThat(this.plain.of(decision, Locale.forLanguageTag("zh-TW"))).extracting(PlainReason::words)
			.as("a language the bundles lack is English throughout, never half and half")
			.containsExactly("Chatty is on the flagged-app list: it leaks");
		assertThat(this.plain.of(decision, Locale.forLanguageTag("es-MX"))).extracting(PlainReason::words)
			.containsExactly("Chatty está en la lista de aplicaciones señaladas: it leaks");
		assertThat(this.plain.of(decision, Locale.forLanguageTag("fr"))).extracting(PlainReason::words)
			.containsExactly("Chatty is on the flagged-app list: it leaks");
	}

	@Test
	void anAliasMatchedWithoutItsMainEntryHasALineOfItsOwn() {
		Decision decision = this.check.decide(new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID,
				Set.of(), Set.of("WeChat Pay"), NOW, false, false));
		assertThat(decision.reasons()).extracting(Reason::catalogueEntry).containsExactly("wechat-pay");

		assertThat(this.plain.of(decision, CHINESE)).singleElement().satisfies((line) -> {
			assertThat(line.words()).startsWith("微信支付在受限应用名单上：它是微信的支付服务")
				.endsWith("（按 MDM 报告中的名称“WeChat Pay”匹配，证据弱于应用标识）");
			assertThat(line.alsoCovers()).isEmpty();
		});
	}

	@Test
	void ruleReasonsAreSaidFromTheBundlesWithDatesInTheReadersZoneAndLocale() {
		Decision decision = this.check.decide(declared(Instant.parse("2026-08-23T23:30:00Z"), "org.mozilla.firefox"));
		assertThat(decision.reasons()).extracting(Reason::rule).containsExactly("no-flagged-app", "stale-inventory");

		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		assertThat(this.plain.of(decision, Locale.ENGLISH, ZoneOffset.UTC)).extracting(PlainReason::words)
			.containsExactly("No flagged app in the declared inventory of August 23, 2026",
					"The app inventory of this phone is from August 23, 2026, older than 90 days: "
							+ "please declare its apps again");
		assertThat(this.plain.of(decision, SPANISH, tokyo)).extracting(PlainReason::words)
			.containsExactly("Ninguna aplicación señalada en el inventario declarado el 24 de agosto de 2026",
					"El inventario de aplicaciones de este teléfono es del 24 de agosto de 2026, de hace más de 90 "
							+ "días: vuelva a declarar sus aplicaciones");
		assertThat(this.plain.of(decision, CHINESE, tokyo)).extracting(PlainReason::words)
			.containsExactly("2026年8月24日申报的应用清单中没有受限应用", "此手机的应用清单来自2026年8月24日，已超过 90 天：请重新申报其应用");
		assertThat(this.plain.of(decision, CHINESE, tokyo)).extracting(PlainReason::source)
			.containsOnly("本区域的政策，由其管理员设定");
	}

	@Test
	void anExemptionIsSaidWithItsExpiryInTheReadersZone() {
		Exemption exemption = this.exemptions.grant(new ExemptionGrant(PhoneId.of(7), null,
				Instant.parse("2026-12-31T17:00:00Z"), "Dana Admin", "field trial"));
		Decision decision = this.check.decide(declared(NOW, "com.tencent.mm"));

		List<PlainReason> lines = this.plain.of(decision, SPANISH, ZoneId.of("Europe/Madrid"));

		assertThat(lines).extracting(PlainReason::words)
			.containsExactly("Exento de guardarlo por decisión de Dana Admin hasta el 31 de diciembre de 2026 18:00: "
					+ "field trial", lines.get(1).words());
		assertThat(lines.get(1).alsoCovers()).containsExactly("WeChat Pay");
		assertThat(lines.get(0).source())
			.isEqualTo("Exención " + exemption.id() + ", concedida por Dana Admin el 23 de noviembre de 2026");
	}

	@Test
	void theLogKeepsTheEnglishReasonsItAlwaysRecorded() {
		Decision decision = this.check.decide(declared(NOW.minus(Duration.ofDays(91)), "com.tencent.mm"));
		Reason stale = decision.reasons().get(2);

		assertThat(stale.plainWords()).isEqualTo("The app inventory of this phone is from 2026-08-24, older than 90 "
				+ "days: please declare its apps again");
		assertThat(this.json.readTree(this.json.writeValueAsString(stale)).propertyNames())
			.containsExactlyInAnyOrder("rule", "catalogueEntry", "appId", "source", "plainWords");
	}

}
