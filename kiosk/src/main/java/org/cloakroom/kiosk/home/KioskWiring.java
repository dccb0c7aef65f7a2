package org.cloakroom.kiosk.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.cloakroom.kiosk.SettingOrigin;
import org.cloakroom.kiosk.locker.MissingWiringFile;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The kiosk home's wiring file is there before the long start (a missing one is the
 * commonest first-boot mistake; the bank reader says the same later in any home). A
 * {@code classpath:} one is {@link SimulationSettings}' to refuse.
 */
final class KioskWiring {

	private KioskWiring() {
	}

	static Optional<Reason> refusal(ConfigurableEnvironment environment) {
		String setting = environment.getProperty(MissingWiringFile.SETTING, "/etc/cloakroom/lockers.yaml").strip();
		if (setting.startsWith("classpath:") || Files.exists(Path.of(setting))) {
			return Optional.empty();
		}
		MissingWiringFile missing = new MissingWiringFile(Path.of(setting).toAbsolutePath(),
				SettingOrigin.of(environment, MissingWiringFile.SETTING));
		return Optional.of(new Reason(missing.sentence(), missing.action()));
	}

}
