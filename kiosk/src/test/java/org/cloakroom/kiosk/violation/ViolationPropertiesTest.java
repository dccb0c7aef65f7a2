package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.ble.Zone;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ViolationPropertiesTest {

	@Test
	void defaultsAreWhatTheReadmeSays() {
		ViolationProperties bound = bind(Map.of());

		assertThat(bound).isEqualTo(ViolationProperties.defaults());
		assertThat(bound.quietPeriod()).isEqualTo(Duration.ofMinutes(2));
		assertThat(bound.decoy().zones()).containsExactly(Zone.INSIDE);
		assertThat(bound.mustStoreInside().severity()).isEqualTo(AlertSeverity.CRITICAL);
	}

	@Test
	void eachRuleIsConfigured() {
		ViolationProperties bound = bind(Map.of("cloakroom.violation.quiet-period", "45s",
				"cloakroom.violation.decoy.zones", "NEAR,INSIDE", "cloakroom.violation.must-store-inside.enabled",
				"false", "cloakroom.violation.left-in-locker.end-of-day", "18:30",
				"cloakroom.violation.left-in-locker.zone", "Europe/Berlin"));

		assertThat(bound.quietPeriod()).isEqualTo(Duration.ofSeconds(45));
		assertThat(bound.decoy().zones()).containsExactlyInAnyOrder(Zone.NEAR, Zone.INSIDE);
		assertThat(bound.mustStoreInside().enabled()).isFalse();
		assertThat(bound.leftInLocker().endOfDay()).hasToString("18:30");
		assertThat(bound.leftInLocker().zoneOrSystem()).hasToString("Europe/Berlin");
	}

	@Test
	void refusesAQuietPeriodThatIsNotPositiveNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ViolationProperties(Duration.ZERO, ViolationProperties.defaults().mustStoreInside(),
					ViolationProperties.defaults().decoy(), ViolationProperties.defaults().unenrolledInside(),
					ViolationProperties.defaults().leftInLocker(), 0.5))
			.withMessageContaining("cloakroom.violation.quiet-period")
			.withMessageContaining("PT0S");
	}

	@Test
	void refusesAMinimumConfidenceOutsideZeroToOneNamingIt() {
		ViolationProperties defaults = ViolationProperties.defaults();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ViolationProperties(defaults.quietPeriod(), defaults.mustStoreInside(),
					defaults.decoy(), defaults.unenrolledInside(), defaults.leftInLocker(), 1.5))
			.withMessageContaining("cloakroom.violation.min-confidence")
			.withMessageContaining("1.5");
	}

	@Test
	void refusesADecoyZoneAtTheLockers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ViolationProperties.Decoy(true, AlertSeverity.HIGH, Set.of(Zone.AT_DOOR)))
			.withMessageContaining("cloakroom.violation.decoy.zones")
			.withMessageContaining("AT_DOOR");
	}

	private static ViolationProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("cloakroom.violation",
				ViolationProperties.class);
	}

}
