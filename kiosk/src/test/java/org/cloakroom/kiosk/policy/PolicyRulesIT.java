package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.enrolment.EmployeeId;
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

/**
 * The area policy's settings on the evidence (stale inventory, overdue attestation, no
 * inventory, MDM-only inventory) and display-name matching, with a clock the test sets.
 */
@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
@Transactional
class PolicyRulesIT {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	@Autowired
	FlaggedAppCatalogue catalogue;

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	MutableClock clock;

	@Autowired
	ComplianceCheck defaults;

	@BeforeEach
	void setTheClock() {
		this.clock.set(NOW);
	}

	private ComplianceCheck policy(PolicyProperties.NoInventory noInventory, PolicyProperties.Action stale,
			PolicyProperties.Action overdue, PolicyProperties.MdmInventory mdm) {
		return new ComplianceCheck(this.catalogue,
				new PolicyProperties(PolicyProperties.Mode.FLAGGED_APPS_ONLY, UnenrolledPhoneAction.REQUIRE_STORAGE,
						noInventory, new ClassPathResource("catalogue/seed.json"), Duration.ofDays(90), stale, overdue,
						mdm),
				this.exemptions, this.clock);
	}

	private ComplianceCheck stale(PolicyProperties.Action action) {
		return policy(PolicyProperties.NoInventory.MUST_STORE, action, PolicyProperties.Action.WARN,
				PolicyProperties.MdmInventory.CLEAR);
	}

	private ComplianceCheck overdue(PolicyProperties.Action action) {
		return policy(PolicyProperties.NoInventory.MUST_STORE, PolicyProperties.Action.WARN, action,
				PolicyProperties.MdmInventory.CLEAR);
	}

	private static PhoneFacts declared(Instant at, boolean overdue, String... appIds) {
		return new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID, Set.of(appIds), Set.of(), at,
				true, overdue);
	}

	private static PhoneFacts mdm(String... names) {
		return new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID, Set.of(), Set.of(names),
				NOW.minus(Duration.ofDays(1)), false, false);
	}

	@Test
	void aStaleInventoryOnlyWarnsByDefault() {
		Decision decision = this.defaults
			.decide(declared(NOW.minus(Duration.ofDays(91)), false, "org.mozilla.firefox"));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).extracting(Reason::rule).containsExactly("no-flagged-app", "stale-inventory");
		assertThat(decision.reasons().get(1).plainWords())
			.isEqualTo("The app inventory of this phone is from 2026-08-24, older than 90 days: "
					+ "please declare its apps again");
		assertThat(decision.reasons().get(1).source()).contains("cloakroom.policy.stale-inventory=WARN");
	}

	@Test
	void aStaleInventoryMustBeStoredWhenThePolicySaysSo() {
		Decision decision = stale(PolicyProperties.Action.MUST_STORE)
			.decide(declared(NOW.minus(Duration.ofDays(90)), false, "org.mozilla.firefox"));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.rule()).isEqualTo("stale-inventory");
			assertThat(reason.plainWords()).endsWith("so it must be stored until its apps are declared again");
		});
	}

	@Test
	void anInventoryYoungerThanTheMaximumAgeIsNotStale() {
		Decision decision = stale(PolicyProperties.Action.MUST_STORE)
			.decide(declared(NOW.minus(Duration.ofDays(89)), false, "org.mozilla.firefox"));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).extracting(Reason::rule).containsExactly("no-flagged-app");
	}

	@Test
	void anOverdueAttestationOnlyWarnsByDefault() {
		Decision decision = this.defaults.decide(declared(NOW.minus(Duration.ofDays(40)), true));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).extracting(Reason::rule)
			.containsExactly("no-flagged-app", "overdue-attestation");
		assertThat(decision.reasons().get(1).plainWords())
			.isEqualTo("The attestation of this phone's apps is overdue: please attest its apps again");
	}

	@Test
	void anOverdueAttestationMustBeStoredWhenThePolicySaysSo() {
		Decision decision = overdue(PolicyProperties.Action.MUST_STORE)
			.decide(declared(NOW.minus(Duration.ofDays(40)), true));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).singleElement()
			.satisfies((reason) -> assertThat(reason.source())
				.isEqualTo("cloakroom.policy.overdue-attestation=MUST_STORE"));
		assertThat(overdue(PolicyProperties.Action.MUST_STORE).decide(declared(NOW.minus(Duration.ofDays(40)), false))
			.mustStore()).isFalse();
	}

	@Test
	void warningsOnTheEvidenceFollowTheReasonsToStore() {
		Decision decision = this.defaults.decide(declared(NOW.minus(Duration.ofDays(100)), true, "com.tencent.mm"));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).extracting(Reason::rule)
			.containsExactly("flagged-app", "flagged-app", "stale-inventory", "overdue-attestation");
	}

	@Test
	void aPhoneWithoutInventoryIsUnknownWhenThePolicySaysSoAndIsStored() {
		Decision decision = policy(PolicyProperties.NoInventory.UNKNOWN, PolicyProperties.Action.WARN,
				PolicyProperties.Action.WARN, PolicyProperties.MdmInventory.CLEAR)
			.decide(new PhoneFacts(PhoneId.of(9), EmployeeId.of(2), "Old", Platform.IOS, Set.of(), Set.of(), null,
					false, true));

		assertThat(decision).isInstanceOf(Decision.Unknown.class);
		assertThat(decision.verdict()).isEqualTo(Decision.Verdict.UNKNOWN);
		assertThat(decision.mustStore()).isTrue();
		assertThat(decision.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.rule()).isEqualTo("no-inventory");
			assertThat(reason.source()).isEqualTo("cloakroom.policy.no-inventory=UNKNOWN");
			assertThat(reason.plainWords()).contains("not known what it carries");
		});
	}

	@Test
	void anMdmReportWithoutFlaggedAppsIsUnknownWhenThePolicySaysSo() {
		PhoneFacts phone = mdm("Firefox");

		assertThat(this.defaults.decide(phone)).isInstanceOf(Decision.Clear.class)
			.satisfies((decision) -> assertThat(decision.reasons().get(0).plainWords()).contains("MDM report")
				.contains("shows only the apps it manages"));
		Decision strict = policy(PolicyProperties.NoInventory.MUST_STORE, PolicyProperties.Action.WARN,
				PolicyProperties.Action.WARN, PolicyProperties.MdmInventory.UNKNOWN)
			.decide(phone);
		assertThat(strict).isInstanceOf(Decision.Unknown.class);
		assertThat(strict.reasons()).extracting(Reason::rule).containsExactly("mdm-inventory");
	}

	@Test
	void aDisplayNameMatchesTheEntryOfThatNameAsWeakerEvidence() {
		Decision decision = this.defaults.decide(mdm("  wechat ", "Firefox"));

		assertThat(decision).isInstanceOf(Decision.MustStore.class);
		assertThat(decision.reasons()).extracting(Reason::catalogueEntry).containsExactly("wechat", "wechat-pay");
		assertThat(decision.reasons()).first().satisfies((reason) -> {
			assertThat(reason.rule()).isEqualTo("flagged-app-by-name");
			assertThat(reason.appId()).isEqualTo("  wechat ");
			assertThat(reason.source()).contains("Executive Order 13943")
				.contains("matched by display name in an MDM report (weaker evidence than an app id)");
			assertThat(reason.plainWords()).startsWith("WeChat is on the flagged-app list")
				.contains("in an MDM report, weaker evidence than an app id");
		});
	}

	@Test
	void aDisplayNameMatchesWhateverItsCaseAndSpacing() {
		assertThat(this.defaults.decide(mdm("TENCENT    qq")).reasons()).extracting(Reason::catalogueEntry)
			.contains("tencent-qq");
	}

	@Test
	void aDifferentDisplayNameDoesNotMatch() {
		Decision decision = this.defaults.decide(mdm("WeChat Work", "WeCha", "Tik Tok Lite"));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).extracting(Reason::rule).containsExactly("no-flagged-app");
	}

	@Test
	void anEntryMatchedByAppIdIsNotRepeatedForItsDisplayName() {
		PhoneFacts phone = new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID,
				Set.of("com.tencent.mm"), Set.of("WeChat"), NOW, false, false);

		assertThat(this.defaults.decide(phone).reasons()).extracting(Reason::rule)
			.containsExactly("flagged-app", "flagged-app");
	}

}
