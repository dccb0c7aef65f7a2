package org.cloakroom.kiosk.policy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
class FlaggedAppCatalogueIT {

	private static final FlaggedAppSource SOURCE = new FlaggedAppSource("A test report", LocalDate.of(2024, 5, 1),
			"https://example.org/report", null);

	@Autowired
	FlaggedAppCatalogue catalogue;

	@Autowired
	CatalogueSeed seed;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedLoadsTheSourcedEntriesAtFirstStart() {
		assertThat(this.catalogue.all()).extracting(FlaggedApp::id)
			.contains("alipay", "tencent-qq", "tiktok", "wechat", "wechat-pay")
			.contains("camscanner", "qq-wallet", "shareit", "vmate", "wps-office")
			.contains("douyin", "weibo", "uc-browser", "qq-mail", "baidu-map", "dingtalk", "aliexpress")
			.doesNotHaveDuplicates();
		FlaggedApp wechat = this.catalogue.byId("wechat").orElseThrow();
		assertThat(wechat.severity()).isEqualTo(Severity.STORE_REQUIRED);
		assertThat(wechat.sources()).extracting(FlaggedAppSource::title)
			.anyMatch((title) -> title.startsWith("Executive Order 13943"))
			.anyMatch((title) -> title.contains("Amnesty International"))
			.anyMatch((title) -> title.contains("59 mobile apps"));
		assertThat(wechat.sources()).filteredOn((s) -> s.title().startsWith("Executive Order"))
			.allMatch((s) -> s.note().contains("Executive Order 14034"));
	}

	@Test
	void seedMarksIdentifiersThatWereNotCheckedAgainstAStoreListing() {
		assertThat(this.catalogue.all()).flatExtracting(FlaggedApp::identifiers)
			.isNotEmpty()
			.allSatisfy((identifier) -> {
				assertThat(identifier.verified()).isFalse();
				assertThat(identifier.evidence()).isNotBlank();
			});
	}

	@Test
	void seedLoadsOnlyOnceSoASecondStartDoesNotDuplicate() throws Exception {
		int[] before = counts();

		this.seed.run(null);

		assertThat(counts()).containsExactly(before);
		assertThat(before[0]).isEqualTo(this.catalogue.all().size()).isGreaterThanOrEqualTo(18);
	}

	@Test
	void matchesAnExactIdentifierOnItsPlatformOnly() {
		assertThat(this.catalogue.match(Platform.ANDROID, "com.tencent.mm")).extracting(FlaggedApp::id)
			.containsExactly("wechat", "wechat-pay");
		assertThat(this.catalogue.match(Platform.IOS, "com.tencent.xin")).extracting(FlaggedApp::id)
			.containsExactly("wechat", "wechat-pay");
		assertThat(this.catalogue.match(Platform.IOS, "com.tencent.mm")).isEmpty();
		assertThat(this.catalogue.match(Platform.ANDROID, "com.tencent.xin")).isEmpty();
	}

	@Test
	void anAliasReportsItsParentsIdentifiers() {
		FlaggedApp pay = this.catalogue.byId("wechat-pay").orElseThrow();

		assertThat(pay.aliasOf()).isEqualTo("wechat");
		assertThat(pay.identifiers()).isEqualTo(this.catalogue.byId("wechat").orElseThrow().identifiers());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM flagged_app_identifier WHERE app_id = 'wechat-pay'",
				Integer.class))
			.isZero();
	}

	@Test
	@Transactional
	void matchesAPrefixEntryButNotALongerName(PublishedEvents events) {
		this.catalogue.add(new FlaggedApp("tencent-all", "Any Tencent app", "Tencent", Severity.WARN, "test entry",
				null, List.of(new FlaggedAppIdentifier(Platform.ANDROID, "com.tencent.*", false, null)),
				List.of(SOURCE)));

		assertThat(this.catalogue.match(Platform.ANDROID, "com.tencent.mobileqq")).extracting(FlaggedApp::id)
			.containsExactly("tencent-all", "tencent-qq", "qq-wallet");
		assertThat(this.catalogue.match(Platform.ANDROID, "com.tencentx")).isEmpty();
		assertThat(events.ofType(FlaggedAppAdded.class).matching((e) -> e.appId().equals("tencent-all"))).hasSize(1);
	}

	@Test
	void refusesADuplicateId() {
		FlaggedApp again = new FlaggedApp("wechat", "WeChat", "Tencent", Severity.WARN, "again", null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, "com.tencent.mm", false, null)), List.of(SOURCE));

		assertRefusal(DuplicateFlaggedAppException.class, () -> this.catalogue.add(again)).contains("'wechat'");
	}

	@Test
	void refusesAnEntryWithoutSourcesOrIdentifiers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalogue.add(new FlaggedApp("nosource", "N", "P", Severity.WARN, "r", null,
					List.of(new FlaggedAppIdentifier(Platform.IOS, "org.n", false, null)), List.of())))
			.withMessageContaining("'nosource' needs at least one source");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalogue
				.add(new FlaggedApp("noid", "N", "P", Severity.WARN, "r", null, List.of(), List.of(SOURCE))))
			.withMessageContaining("'noid' needs at least one identifier");
	}

	@Test
	void refusesAnAliasOfAnAliasOrOfNothingOrWithItsOwnIdentifiers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalogue.add(alias("pay-pay", "wechat-pay", List.of())))
			.withMessageContaining("itself an alias");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalogue.add(alias("ghost-pay", "ghost", List.of())))
			.withMessageContaining("'ghost', which does not exist");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalogue.add(alias("own-pay", "wechat",
					List.of(new FlaggedAppIdentifier(Platform.ANDROID, "org.own", false, null)))))
			.withMessageContaining("cannot have its own");
	}

	private static FlaggedApp alias(String id, String parent, List<FlaggedAppIdentifier> identifiers) {
		return new FlaggedApp(id, "Alias", "P", Severity.WARN, "r", parent, identifiers, List.of(SOURCE));
	}

	private int[] counts() {
		return new int[] { count("flagged_app"), count("flagged_app_identifier"), count("flagged_app_source") };
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
