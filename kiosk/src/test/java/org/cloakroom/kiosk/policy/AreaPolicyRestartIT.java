package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an admin set on the console outlives a restart (a new
 * {@link AreaPolicyAdministration} over the same database, as at the next start) and wins
 * over the configuration, setting by setting: a setting the console never set follows the
 * configuration, even one changed since. A stored value this version cannot read is left
 * to the configuration rather than stopping the kiosk.
 */
@ApplicationModuleTest
// the policy module alone: the phone decisions ask enrolment, another module
@MockitoBean(types = { PhoneRegistry.class, Enrolment.class })
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:area-policy-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
class AreaPolicyRestartIT {

	@Autowired
	private PolicyEdits localEdits;

	@Autowired
	AreaPolicyAdministration policy;

	@Autowired
	PolicyProperties configuration;

	@Autowired
	AreaPolicyTable table;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToConfiguration() {
		this.policy.reset(List.of(AreaPolicySetting.values()), "dana");
	}

	@Test
	void theConsolesSettingsOutliveARestartAndWinOverTheConfiguration() {
		this.policy.change(Map.of(AreaPolicySetting.MODE, "ALL_PHONES", AreaPolicySetting.INVENTORY_MAX_AGE, "30d"),
				"dana");

		AreaPolicy restarted = restart(this.configuration).current();
		assertThat(restarted.mode()).isEqualTo(PolicyProperties.Mode.ALL_PHONES);
		assertThat(restarted.inventoryMaxAge()).isEqualTo(Duration.ofDays(30));
		assertThat(restarted.noInventory()).isEqualTo(this.configuration.noInventory());

		// the configuration changed meanwhile: the console's settings still win, the
		// others
		// follow it
		AreaPolicy reconfigured = restart(
				configured(PolicyProperties.Mode.FLAGGED_APPS_ONLY, PolicyProperties.NoInventory.UNKNOWN))
			.current();
		assertThat(reconfigured.mode()).isEqualTo(PolicyProperties.Mode.ALL_PHONES);
		assertThat(reconfigured.inventoryMaxAge()).isEqualTo(Duration.ofDays(30));
		assertThat(reconfigured.noInventory()).isEqualTo(PolicyProperties.NoInventory.UNKNOWN);
	}

	@Test
	void aResetSettingFollowsTheConfigurationAfterARestart() {
		this.policy.change(Map.of(AreaPolicySetting.MODE, "ALL_PHONES"), "dana");
		this.policy.reset(List.of(AreaPolicySetting.MODE), "dana");

		assertThat(restart(this.configuration).current()).isEqualTo(this.configuration.areaPolicy());
	}

	@Test
	void aStoredValueThisVersionCannotReadIsLeftToTheConfiguration() {
		this.table.put("mode", "SOME_PHONES", "dana", this.clock.instant());
		this.table.put("colour", "blue", "dana", this.clock.instant());
		this.table.put("no-inventory", "UNKNOWN", "dana", this.clock.instant());
		try {
			AreaPolicy restarted = restart(this.configuration).current();
			assertThat(restarted.mode()).isEqualTo(this.configuration.mode());
			assertThat(restarted.noInventory()).isEqualTo(PolicyProperties.NoInventory.UNKNOWN);
		}
		finally {
			this.table.remove("colour");
			this.table.remove("mode");
		}
	}

	private AreaPolicyAdministration restart(PolicyProperties configuration) {
		return new AreaPolicyAdministration(configuration, this.table, this.events, this.clock, this.localEdits);
	}

	private static PolicyProperties configured(PolicyProperties.Mode mode, PolicyProperties.NoInventory noInventory) {
		return new PolicyProperties(mode, UnenrolledPhoneAction.REQUIRE_STORAGE, noInventory,
				new ClassPathResource("catalogue/seed.json"), Duration.ofDays(90), PolicyProperties.Action.WARN,
				PolicyProperties.Action.WARN, PolicyProperties.MdmInventory.CLEAR);
	}

}
