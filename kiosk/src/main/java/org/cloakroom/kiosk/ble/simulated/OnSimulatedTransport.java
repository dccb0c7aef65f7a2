package org.cloakroom.kiosk.ble.simulated;

import org.cloakroom.kiosk.ble.BleProperties.Backend;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code cloakroom.ble.backend} binds to {@code simulated}, however it is
 * written ({@code simulated}, {@code SIMULATED}), exactly as the properties record reads
 * it.
 */
class OnSimulatedTransport implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		try {
			return Binder.get(context.getEnvironment())
				.bind("cloakroom.ble.backend", Backend.class)
				.map(Backend.SIMULATED::equals)
				.orElse(false);
		}
		catch (RuntimeException ex) {
			// a value that does not bind is reported by BleProperties with the property's
			// name
			return false;
		}
	}

}
