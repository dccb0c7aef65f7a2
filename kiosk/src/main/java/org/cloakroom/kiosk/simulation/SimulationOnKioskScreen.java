package org.cloakroom.kiosk.simulation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the simulation's state beside the kiosk screen, so the screen's page shows the
 * control panel; on real hardware there is no simulation and the page shows none. The
 * kiosk screen does not know the simulation exists.
 */
@ControllerAdvice(basePackages = "org.cloakroom.kiosk.web.kiosk")
class SimulationOnKioskScreen {

	private final ObjectProvider<Simulation> simulation;

	SimulationOnKioskScreen(ObjectProvider<Simulation> simulation) {
		this.simulation = simulation;
	}

	@ModelAttribute("simulation")
	SimulationState simulation() {
		Simulation available = this.simulation.getIfAvailable();
		return (available != null) ? available.state() : null;
	}

}
