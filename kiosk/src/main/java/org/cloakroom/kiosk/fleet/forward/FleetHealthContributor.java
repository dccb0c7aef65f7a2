package org.cloakroom.kiosk.fleet.forward;

import org.springframework.boot.health.contributor.Health;

/**
 * Adds to the {@code fleet} health component: a bean of this type (e.g. the configuration
 * pull's age) puts its details on the builder, and may lower the status.
 */
@FunctionalInterface
public interface FleetHealthContributor {

	void contribute(Health.Builder health);

}
