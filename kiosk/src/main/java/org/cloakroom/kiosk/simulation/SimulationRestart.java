package org.cloakroom.kiosk.simulation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.CloakroomApplication;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Restarts the whole program inside the same JVM: the application context is closed (GPIO
 * outputs go to their shutdown state, locked) and a new one starts with the same
 * arguments over the same database, as after a power cut. The simulated doors come back
 * closed and the virtual phones away from the door.
 */
@Component
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
class SimulationRestart {

	private static final Logger log = LoggerFactory.getLogger(SimulationRestart.class);

	private final ConfigurableApplicationContext context;

	private final ApplicationArguments arguments;

	SimulationRestart(ConfigurableApplicationContext context, ApplicationArguments arguments) {
		this.context = context;
		this.arguments = arguments;
	}

	void restart() {
		Thread restart = new Thread(() -> {
			log.warn("Simulated power cut: restarting the program");
			this.context.close();
			SpringApplication.run(CloakroomApplication.class, this.arguments.getSourceArgs());
		}, "simulated-restart");
		restart.setDaemon(false);
		restart.start();
	}

}
