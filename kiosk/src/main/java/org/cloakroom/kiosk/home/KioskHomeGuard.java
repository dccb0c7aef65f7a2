package org.cloakroom.kiosk.home;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the kiosk home (the {@code kiosk} profile) before any bean is made when it is
 * configured with the simulation's settings, without its wiring file or without its
 * secrets. It is an initializer, not an environment post-processor, because those run
 * before logging starts and Spring Boot's failure report would be lost; here the
 * configuration is complete, logging is up, and the refusal comes in well under a second
 * instead of after the long start. Without the kiosk profile nothing is refused: a
 * developer's run and the tests may simulate.
 */
class KioskHomeGuard implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	static final String KIOSK = "kiosk";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!environment.acceptsProfiles(Profiles.of(KIOSK))) {
			return;
		}
		SimulationSettings.profileRefusal(environment).ifPresent((refusal) -> {
			// the profile brings every other simulated setting: dropping it is the one
			// fix
			throw new KioskHomeRefusedException(List.of(refusal));
		});
		List<Reason> refusals = new ArrayList<>(SimulationSettings.refusals(environment));
		KioskWiring.refusal(environment).ifPresent(refusals::add);
		refusals.addAll(KioskSecrets.refusals(environment));
		if (!refusals.isEmpty()) {
			throw new KioskHomeRefusedException(refusals);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
