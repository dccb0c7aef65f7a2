package org.cloakroom.kiosk.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain once the application is ready (health {@code auditChain} is UNKNOWN
 * until it finished): in the background, so a long log never delays start-up. Off where
 * scheduling is off ({@code cloakroom.scheduling.enabled=false}: tests verify by hand).
 */
@Component
@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
class StartupVerification {

	private final ChainMonitor monitor;

	StartupVerification(ChainMonitor monitor) {
		this.monitor = monitor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void verifyWhenReady() {
		this.monitor.verifyInBackground();
	}

}
