package org.cloakroom.kiosk.locker;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cloakroom.kiosk.SettingOrigin;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The bank's wiring, read once at start; a missing or broken file stops start-up. */
@Configuration(proxyBeanMethods = false)
class LockerConfiguration {

	@Bean
	BankWiring bankWiring(LockerProperties properties, Environment environment) {
		Path file = properties.wiringPath();
		if (!Files.exists(file)) {
			throw new WiringFileMissingException(new MissingWiringFile(file.toAbsolutePath(),
					SettingOrigin.of(environment, MissingWiringFile.SETTING)));
		}
		return WiringReader.read(file);
	}

}
