package org.cloakroom.kiosk.home;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.cloakroom.kiosk.SettingOrigin;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The simulation's settings, which the kiosk home refuses: the simulation profile itself
 * (then it alone is named, since it brings all the others), and each setting that would
 * simulate the radio, the locks, the people, the bank or the database.
 */
final class SimulationSettings {

	static final String SIMULATION = "simulation";

	private static final List<Rule> RULES = List.of(
			new Rule("cloakroom.ble.backend", "simulated"::equalsIgnoreCase, "it is the simulated radio",
					"remove it so the kiosk scans with its Bluetooth adapters"),
			new Rule("cloakroom.locker.gpio-provider", "mock"::equalsIgnoreCase,
					"it is Pi4J's mock provider, which opens no lock",
					"remove it so the kiosk drives its locks through gpiod"),
			new Rule("cloakroom.simulation.enabled", "true"::equalsIgnoreCase,
					"it brings the demo people and the simulation's control panel", "remove it or set it to false"),
			new Rule("cloakroom.locker.wiring-file", (value) -> value.startsWith("classpath:"),
					"it is a demo bank inside the jar, not this door's wiring",
					"point it at /etc/cloakroom/lockers.yaml and check that file with "
							+ "`cloakroom gpio check /etc/cloakroom/lockers.yaml`"),
			new Rule("spring.datasource.url", (value) -> value.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:"),
					"it is a database in memory, which loses every record when the kiosk stops",
					"remove it so the kiosk keeps its database in /var/lib/cloakroom/data"));

	private SimulationSettings() {
	}

	/** The simulation profile beside the kiosk profile, which alone is then named. */
	static Optional<Reason> profileRefusal(ConfigurableEnvironment environment) {
		return Arrays.asList(environment.getActiveProfiles()).contains(SIMULATION)
				? Optional.of(simulationProfile(environment)) : Optional.empty();
	}

	/** Each simulated setting (the simulation profile is {@link #profileRefusal}'s). */
	static List<Reason> refusals(ConfigurableEnvironment environment) {
		List<Reason> refusals = new ArrayList<>();
		for (Rule rule : RULES) {
			String value = environment.getProperty(rule.name());
			if (value != null && rule.refused().test(value.strip())) {
				SettingOrigin origin = SettingOrigin.of(environment, rule.name());
				refusals.add(new Reason("The kiosk home refuses " + rule.name() + "=" + value.strip() + ", "
						+ origin.where() + ", because " + rule.because() + ": " + rule.fix() + ".", origin.change()));
			}
		}
		return refusals;
	}

	private static Reason simulationProfile(ConfigurableEnvironment environment) {
		String name = (environment.getProperty("spring.profiles.active") != null) ? "spring.profiles.active"
				: "spring.profiles.include";
		SettingOrigin origin = SettingOrigin.of(environment, name);
		return new Reason("The kiosk home refuses the simulation profile (" + name + "="
				+ environment.getProperty(name, String.join(",", environment.getActiveProfiles())) + ", "
				+ origin.where() + "): start the kiosk with --spring.profiles.active=kiosk alone, "
				+ "or the simulation without the kiosk profile.", origin.change());
	}

	private record Rule(String name, Predicate<String> refused, String because, String fix) {
	}

}
