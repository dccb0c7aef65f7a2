package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

/**
 * Exemptions turn a decision to store into CLEAR while they are active, by the injected
 * clock; expired and revoked ones do nothing.
 */
@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
@Transactional
class ExemptionsIT {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private static final Instant UNTIL = Instant.parse("2026-12-01T18:00:00Z");

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	ComplianceCheck check;

	@Autowired
	FlaggedAppCatalogue catalogue;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void setTheClock() {
		this.clock.set(NOW);
	}

	private static PhoneFacts wechatPhone(long phoneId, long employeeId) {
		return new PhoneFacts(PhoneId.of(phoneId), EmployeeId.of(employeeId), "Pixel", Platform.ANDROID,
				Set.of("com.tencent.mm"), Set.of(), NOW.minus(Duration.ofDays(1)), true, false);
	}

	private Exemption forPhone(long phoneId) {
		return this.exemptions.grant(new ExemptionGrant(PhoneId.of(phoneId), null, UNTIL, "Dana Admin", "field trial"));
	}

	@Test
	void anActiveExemptionForThePhoneClearsItNamingGrantorAndExpiry(PublishedEvents events) {
		Exemption exemption = forPhone(7);

		Decision decision = this.check.decide(wechatPhone(7, 2));

		assertThat(decision).isInstanceOf(Decision.Clear.class);
		assertThat(decision.reasons()).extracting(Reason::rule)
			.containsExactly("exemption", "flagged-app", "flagged-app");
		assertThat(decision.reasons().get(0).plainWords())
			.isEqualTo("Exempted from storage by Dana Admin until 2026-12-01 18:00 UTC (exemption " + exemption.id()
					+ ": field trial)");
		assertThat(decision.reasons().get(0).source()).contains("granted by Dana Admin")
			.contains("2026-12-01T18:00:00Z");
		assertThat(this.check.decide(wechatPhone(8, 2)).mustStore()).as("another phone").isTrue();
		assertThat(events.ofType(ExemptionGranted.class)).singleElement()
			.satisfies((event) -> assertThat(event.subject()).hasToString("phone:7"));
	}

	@Test
	void anExemptionForTheEmployeeCoversEachOfTheirPhones() {
		this.exemptions.grant(new ExemptionGrant(null, EmployeeId.of(2), UNTIL, "Dana Admin", "visiting auditor"));

		assertThat(this.check.decide(wechatPhone(7, 2)).mustStore()).isFalse();
		assertThat(this.check.decide(wechatPhone(8, 2)).mustStore()).isFalse();
		assertThat(this.check.decide(wechatPhone(9, 3)).mustStore()).as("another employee").isTrue();
	}

	@Test
	void anExpiredExemptionDoesNothing() {
		forPhone(7);
		this.clock.set(UNTIL.minusSeconds(1));
		assertThat(this.check.decide(wechatPhone(7, 2)).mustStore()).isFalse();

		this.clock.set(UNTIL);

		assertThat(this.check.decide(wechatPhone(7, 2))).isInstanceOf(Decision.MustStore.class);
		assertThat(this.exemptions.get(this.exemptions.all().get(0).id()).stateAt(UNTIL))
			.isEqualTo(Exemption.State.EXPIRED);
	}

	@Test
	void aRevokedExemptionDoesNothingAndIsAudited(PublishedEvents events) {
		Exemption exemption = forPhone(7);

		Exemption revoked = this.exemptions.revoke(exemption.id(), "Sam Officer", "trial over");

		assertThat(revoked.revokedBy()).isEqualTo("Sam Officer");
		assertThat(revoked.stateAt(NOW)).isEqualTo(Exemption.State.REVOKED);
		assertThat(this.check.decide(wechatPhone(7, 2)).mustStore()).isTrue();
		assertThat(events.ofType(ExemptionRevoked.class)).singleElement()
			.satisfies((event) -> assertThat(event.because()).isEqualTo("trial over"));
		assertRefusal(PolicyRefusal.class, () -> this.exemptions.revoke(exemption.id(), "Sam", null))
			.contains("cannot be revoked while REVOKED");
	}

	@Test
	void allPhonesModeIsExemptibleToo() {
		ComplianceCheck strict = new ComplianceCheck(this.catalogue,
				new PolicyProperties(PolicyProperties.Mode.ALL_PHONES, UnenrolledPhoneAction.REQUIRE_STORAGE,
						PolicyProperties.NoInventory.MUST_STORE, new ClassPathResource("catalogue/seed.json"),
						java.time.Duration.ofDays(90), PolicyProperties.Action.WARN, PolicyProperties.Action.WARN,
						PolicyProperties.MdmInventory.CLEAR),
				this.exemptions, this.clock);
		PhoneFacts clean = new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID, Set.of(),
				Set.of(), NOW, true, false);
		assertThat(strict.decide(clean).mustStore()).isTrue();

		forPhone(7);

		assertThat(strict.decide(clean)).isInstanceOf(Decision.Clear.class);
		assertThat(strict.decide(clean).reasons()).extracting(Reason::rule).containsExactly("exemption", "area-policy");
	}

	@Test
	void anExemptionAlsoCoversAnUnknownDecision() {
		ComplianceCheck unknown = new ComplianceCheck(this.catalogue,
				new PolicyProperties(PolicyProperties.Mode.FLAGGED_APPS_ONLY, UnenrolledPhoneAction.REQUIRE_STORAGE,
						PolicyProperties.NoInventory.UNKNOWN, new ClassPathResource("catalogue/seed.json"),
						java.time.Duration.ofDays(90), PolicyProperties.Action.WARN, PolicyProperties.Action.WARN,
						PolicyProperties.MdmInventory.CLEAR),
				this.exemptions, this.clock);
		PhoneFacts none = new PhoneFacts(PhoneId.of(7), EmployeeId.of(2), "Pixel", Platform.ANDROID, Set.of(), Set.of(),
				null, false, true);
		assertThat(unknown.decide(none)).isInstanceOf(Decision.Unknown.class);

		forPhone(7);

		assertThat(unknown.decide(none)).isInstanceOf(Decision.Clear.class);
	}

	@Test
	void refusesAnExpiryThatIsNotInTheFutureAndBadFields() {
		assertRefusal(PolicyRefusal.class,
				() -> this.exemptions.grant(new ExemptionGrant(PhoneId.of(7), null, NOW, "Dana", "why")))
			.isEqualTo("expiresAt 2026-11-23T08:00:00Z is not in the future (now 2026-11-23T08:00:00Z)");
		assertRefusal(PolicyRefusal.class,
				() -> new ExemptionGrant(PhoneId.of(7), EmployeeId.of(2), UNTIL, "Dana", "why"))
			.contains("exactly one of phoneId and employeeId");
		assertRefusal(PolicyRefusal.class, () -> new ExemptionGrant(PhoneId.of(7), null, UNTIL, " ", "why"))
			.isEqualTo("grantedBy is missing or blank, got ' '");
		assertRefusal(PolicyRefusal.class, () -> new ExemptionGrant(PhoneId.of(-1), null, UNTIL, "Dana", "why"))
			.isEqualTo("phoneId -1 is not an id");
		assertThatThrownBy(() -> this.exemptions.get(404)).isInstanceOf(NotFoundException.class)
			.hasMessage("Exemption 404 does not exist");
	}

}
