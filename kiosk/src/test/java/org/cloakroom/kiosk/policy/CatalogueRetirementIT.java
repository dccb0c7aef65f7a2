package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
@Transactional
class CatalogueRetirementIT {

	private static final Instant DECLARED = Instant.parse("2026-03-01T09:30:00Z");

	@Autowired
	CatalogueAdministration administration;

	@Autowired
	ComplianceCheck check;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetiredEntryNoLongerMatchesButStaysForTheRecord(PublishedEvents events) {
		PhoneFacts phone = new PhoneFacts(PhoneId.of(3), "Pixel", Platform.ANDROID, Set.of("com.UCMobile.intl"),
				DECLARED);
		assertThat(this.check.decide(phone).mustStore()).isTrue();

		this.administration.retire("uc-browser", "no longer blocked here", "dana");

		Decision decision = this.check.decide(phone);
		assertThat(decision.mustStore()).isFalse();
		assertThat(decision.reasons()).extracting(Reason::catalogueEntry).doesNotContain("uc-browser");
		assertThat(this.administration.get("uc-browser").retired()).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flagged_app_source WHERE app_id = 'uc-browser'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(events.ofType(FlaggedAppRetired.class).matching((e) -> e.appId().equals("uc-browser")))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.because()).isEqualTo("no longer blocked here");
				assertThat(e.by()).isEqualTo("dana");
			});
	}

	@Test
	void everySeededEntryHasASourceAndEveryIdentifierItsEvidence() {
		assertThat(this.administration.list(true)).hasSizeGreaterThanOrEqualTo(18).allSatisfy((entry) -> {
			assertThat(entry.app().sources()).as(entry.app().id()).isNotEmpty();
			assertThat(entry.app().identifiers()).allSatisfy((i) -> assertThat(i.evidence()).isNotBlank());
		});
		assertThat(this.administration.get("qq-wallet").app().aliasOf()).isEqualTo("tencent-qq");
		assertThat(this.administration.get("wechat-pay").app().aliasOf()).isEqualTo("wechat");
	}

}
