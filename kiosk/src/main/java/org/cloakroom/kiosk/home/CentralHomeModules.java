package org.cloakroom.kiosk.home;

import org.cloakroom.kiosk.Homes;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In the central home ({@code cloakroom.home=central}), registers {@link DoorOnlyModules}
 * before the component scan runs, so the door-only modules have no bean there. Spring
 * Boot's scan asks every {@code TypeExcludeFilter} in the bean factory which types to
 * leave out.
 */
class CentralHomeModules implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (Homes.CENTRAL.equals(context.getEnvironment().getProperty(Homes.PROPERTY))) {
			context.getBeanFactory().registerSingleton(DoorOnlyModules.class.getName(), new DoorOnlyModules());
		}
	}

}
