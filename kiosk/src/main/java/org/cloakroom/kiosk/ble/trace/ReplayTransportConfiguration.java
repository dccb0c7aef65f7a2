package org.cloakroom.kiosk.ble.trace;

import org.cloakroom.kiosk.ble.BleProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code replay} transport, only when {@code cloakroom.ble.backend=replay}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cloakroom.ble.backend", havingValue = "replay")
class ReplayTransportConfiguration {

	@Bean
	ReplayTransport replayTransport(BleProperties properties) {
		return new ReplayTransport(properties.replay().path(), properties.replay().pace());
	}

}
