package org.cloakroom.kiosk.home;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Only the kiosk home refuses: a developer's run and the tests, without a profile, may
 * simulate everything.
 */
class KioskHomeGuardTest {

	private static final Map<String, Object> SIMULATED = Map.of("cloakroom.ble.backend", "simulated",
			"cloakroom.locker.gpio-provider", "mock", "cloakroom.simulation.enabled", "true",
			"cloakroom.locker.wiring-file", "classpath:simulation/demo.yaml", "spring.datasource.url",
			"jdbc:h2:mem:test");

	@Test
	void allowsTheSimulationsSettingsWithoutTheKioskProfile() {
		assertThatNoException().isThrownBy(() -> new KioskHomeGuard().initialize(context()));
	}

	@Test
	void refusesThemWithTheKioskProfile() {
		GenericApplicationContext context = context();
		context.getEnvironment().setActiveProfiles("kiosk");
		assertThatExceptionOfType(KioskHomeRefusedException.class)
			.isThrownBy(() -> new KioskHomeGuard().initialize(context));
	}

	private static GenericApplicationContext context() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", SIMULATED));
		return context;
	}

}
