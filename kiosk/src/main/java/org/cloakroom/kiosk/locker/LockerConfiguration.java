package org.cloakroom.kiosk.locker;

import org.cloakroom.kiosk.locker.wiring.BankWiring;
import org.cloakroom.kiosk.locker.wiring.WiringReader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bank's wiring, read once at start; a broken file stops start-up. */
@Configuration(proxyBeanMethods = false)
class LockerConfiguration {

	@Bean
	BankWiring bankWiring(LockerProperties properties) {
		return WiringReader.read(properties.wiringPath());
	}

}
