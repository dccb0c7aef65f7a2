package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
class ComplianceCheckIT {

	private static final Instant DECLARED = Instant.parse("2026-11-01T09:30:00Z");

	@Autowired
	ComplianceCheck check;

	@Autowired
	FlaggedAppCatalogue catalogue;

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	java.time.Clock clock;

	private static PhoneFacts android(String... appIds) {
		return new PhoneFacts(PhoneId.of(7), "Pixel", Platform.ANDROID, Set.of(appIds), DECLARED);
	}

	private ComplianceCheck configured(PolicyProperties.Mode mode, UnenrolledPhoneAction unenrolled,
			PolicyProperties.NoInventory noInventory) {
		return new ComplianceCheck(this.catalogue,
				new PolicyProperties(mode, unenrolled, noInventory, new ClassPathResource("catalogue/seed.json"),
						java.time.Duration.ofDays(90), PolicyProperties.Action.WARN, PolicyProperties.Action.WARN,
						PolicyProperties.MdmInventory.CLEAR),
				this.exemptions, this.clock);
	}

	@Test
	void aPhoneCarryingWeChatMustBeStoredWithTheSourcedReason() {
		Decision decision = this.check.decide(android("com.tencent.mm", "org.mozilla.firefox"));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		Reason wechat = decision.reasons().get(0);
		assertThat(wechat.rule()).isEqualTo("flagged-app");
		assertThat(wechat.catalogueEntry()).isEqualTo("wechat");
		assertThat(wechat.appId()).isEqualTo("com.tencent.mm");
		assertThat(wechat.source()).contains("Executive Order 13943").contains("Amnesty International");
		assertThat(wechat.plainWords()).startsWith(
				"WeChat is on the flagged-app list: its messages are not end-to-end encrypted (Amnesty International, 2016)");
		assertThat(decision.reasons()).extracting(Reason::catalogueEntry).containsExactly("wechat", "wechat-pay");
	}

	@Test
	void aPhoneWithoutFlaggedAppsIsClearForTheDayOfItsInventory() {
		Decision decision = this.check.decide(android("org.mozilla.firefox"));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).singleElement()
			.satisfies((reason) -> assertThat(reason.plainWords())
				.isEqualTo("No flagged app in the declared inventory of 2026-11-01"));
	}

	@Test
	void anIosBundleIdIsNotMatchedOnAnAndroidPhone() {
		assertThat(this.check.decide(android("com.tencent.xin")).mustStore()).isFalse();
		assertThat(this.check
			.decide(new PhoneFacts(PhoneId.of(8), "iPhone", Platform.IOS, Set.of("com.tencent.xin"), DECLARED))
			.mustStore()).isTrue();
	}

	@Test
	@Transactional
	void onlyWarnEntriesLeaveThePhoneClearWithTheirReasons() {
		this.catalogue.add(warning("chatty", "org.chatty.app"));

		Decision decision = this.check.decide(android("org.chatty.app"));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.catalogueEntry()).isEqualTo("chatty");
			assertThat(reason.plainWords()).isEqualTo("Chatty is on the flagged-app list: it talks too much");
		});
	}

	@Test
	@Transactional
	void aStoreRequiredEntryWinsOverWarnEntriesAndKeepsTheirReasons() {
		this.catalogue.add(warning("chatty", "org.chatty.app"));

		Decision decision = this.check.decide(android("org.chatty.app", "com.eg.android.AlipayGphone"));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).extracting(Reason::catalogueEntry).containsExactly("alipay", "chatty");
	}

	@Test
	void allPhonesModeStoresEveryPhoneWhateverItCarries() {
		ComplianceCheck strict = configured(PolicyProperties.Mode.ALL_PHONES, UnenrolledPhoneAction.REQUIRE_STORAGE,
				PolicyProperties.NoInventory.CLEAR);

		Decision decision = strict.decide(android());

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).singleElement()
			.satisfies((reason) -> assertThat(reason.plainWords()).isEqualTo("This area admits no phones"));
		assertThat(strict.decide(new PhoneFacts(PhoneId.of(9), "Old", Platform.IOS, Set.of(), null)).mustStore())
			.isTrue();
	}

	@Test
	void aPhoneWithoutInventoryMustBeStoredByDefault() {
		Decision decision = this.check.decide(new PhoneFacts(PhoneId.of(9), "Old", Platform.IOS, Set.of(), null));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.rule()).isEqualTo("no-inventory");
			assertThat(reason.plainWords()).contains("No app inventory");
		});
	}

	@Test
	void aPhoneWithoutInventoryIsClearWhenThePolicySaysSo() {
		ComplianceCheck lenient = configured(PolicyProperties.Mode.FLAGGED_APPS_ONLY, UnenrolledPhoneAction.IGNORE,
				PolicyProperties.NoInventory.CLEAR);

		Decision decision = lenient.decide(new PhoneFacts(PhoneId.of(9), "Old", Platform.IOS, Set.of(), null));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).singleElement()
			.satisfies((reason) -> assertThat(reason.plainWords()).contains("No app inventory"));
	}

	@Test
	void unenrolledPhonesRequireStorageByDefaultAndFollowTheSetting() {
		assertThat(this.check.unenrolledPhoneAction()).isEqualTo(UnenrolledPhoneAction.REQUIRE_STORAGE);
		assertThat(configured(PolicyProperties.Mode.FLAGGED_APPS_ONLY, UnenrolledPhoneAction.ALERT,
				PolicyProperties.NoInventory.MUST_STORE)
			.unenrolledPhoneAction()).isEqualTo(UnenrolledPhoneAction.ALERT);
	}

	private static FlaggedApp warning(String id, String androidId) {
		return new FlaggedApp(id, "Chatty", "Chatty Ltd", Severity.WARN, "it talks too much", null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, androidId, false, null)),
				List.of(new FlaggedAppSource("A test report", LocalDate.of(2024, 5, 1), "https://example.org/r",
						null)));
	}

}
