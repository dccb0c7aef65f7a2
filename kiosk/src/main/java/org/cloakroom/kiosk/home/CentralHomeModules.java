package org.cloakroom.kiosk.home;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registers {@link DoorOnlyModules} before the component scan runs, so that the central
 * home ({@code cloakroom.home=central}) makes no bean of a door-only module. Spring
 * Boot's scan asks every {@code TypeExcludeFilter} in the bean factory which types to
 * leave out.
 */
class CentralHomeModules implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory()
			.registerSingleton(DoorOnlyModules.class.getName(), new DoorOnlyModules(context.getEnvironment()));
	}

}
