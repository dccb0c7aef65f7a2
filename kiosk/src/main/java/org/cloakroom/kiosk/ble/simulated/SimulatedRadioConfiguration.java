package org.cloakroom.kiosk.ble.simulated;

import org.cloakroom.kiosk.ble.BleProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The simulated radio, only when {@code cloakroom.ble.backend=simulated}. */
@Configuration(proxyBeanMethods = false)
@Conditional(OnSimulatedTransport.class)
class SimulatedRadioConfiguration {

	@Bean
	SimulatedRadio simulatedRadio(BleProperties properties) {
		return new SimulatedRadio(properties.simulated().seed(), properties.simulated().addressRotation(),
				properties.doorAdapter(), properties.insideAdapter());
	}

}
