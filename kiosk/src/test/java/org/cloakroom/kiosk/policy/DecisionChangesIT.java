package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What would change a phone's decision, found by deciding again with each fact changed,
 * under the default area policy (flagged apps only, no inventory means storage, an MDM
 * list clears).
 */
@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-changes-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
@Transactional
class DecisionChangesIT {

	private static final Instant DECLARED = Instant.parse("2026-11-20T09:30:00Z");

	private static final EmployeeId ADA = EmployeeId.of(1);

	@Autowired
	DecisionChanges changes;

	@Autowired
	PolicyExemptions exemptions;

	@Test
	void removingTheOneFlaggedAppADeclarationWithoutItOrAnExemptionWouldClearIt() {
		assertThat(this.changes.of(declared(7, "com.tencent.mm", "org.mozilla.firefox"))).containsExactly(
				new DecisionChange(DecisionChange.Change.REMOVE_APP, "com.tencent.mm", "WeChat",
						Decision.Verdict.CLEAR),
				new DecisionChange(DecisionChange.Change.DECLARE_WITHOUT_FLAGGED_APPS, null, null,
						Decision.Verdict.CLEAR),
				new DecisionChange(DecisionChange.Change.GRANT_EXEMPTION, null, null, Decision.Verdict.CLEAR));
	}

	@Test
	void withTwoFlaggedAppsRemovingOneChangesNothingAndRemovingBothDoes() {
		assertThat(this.changes.of(declared(7, "com.tencent.mm", "com.alibaba.android.rimet")))
			.extracting(DecisionChange::change)
			.containsExactly(DecisionChange.Change.REMOVE_ALL_FLAGGED_APPS,
					DecisionChange.Change.DECLARE_WITHOUT_FLAGGED_APPS, DecisionChange.Change.GRANT_EXEMPTION);
	}

	@Test
	void aPhoneWithoutAnInventoryWouldBeClearedByADeclaration() {
		PhoneFacts none = new PhoneFacts(PhoneId.of(8), ADA, "Pixel", Platform.ANDROID, Set.of(), Set.of(), null, false,
				true);

		assertThat(this.changes.of(none)).extracting(DecisionChange::change)
			.containsExactly(DecisionChange.Change.DECLARE_APPS, DecisionChange.Change.GRANT_EXEMPTION);
	}

	@Test
	void aClearPhoneHasNothingThatOneChangeWouldTurn() {
		assertThat(this.changes.of(declared(9, "org.mozilla.firefox"))).isEmpty();
	}

	@Test
	void anExemptedPhoneWouldMustBeStoredOnceItsExemptionEnds() {
		this.exemptions.grant(new ExemptionGrant(PhoneId.of(10), null, Instant.parse("2026-12-31T00:00:00Z"),
				"Dana Admin", "field trial"));

		assertThat(this.changes.of(declared(10, "com.tencent.mm"))).extracting(DecisionChange::change)
			.containsExactly(DecisionChange.Change.EXEMPTION_ENDS);
	}

	private static PhoneFacts declared(long phone, String... apps) {
		return new PhoneFacts(PhoneId.of(phone), ADA, "Pixel", Platform.ANDROID, Set.of(apps), Set.of(), DECLARED, true,
				false);
	}

}
