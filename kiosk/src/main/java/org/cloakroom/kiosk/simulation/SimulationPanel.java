package org.cloakroom.kiosk.simulation;

import org.cloakroom.kiosk.ble.simulated.VirtualPosition;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The simulation's page ({@code /simulation}): the kiosk screen at its real size in a
 * frame, so what a developer sees is what the door shows, beside the control panel whose
 * buttons post to {@code /kiosk/simulation/...}. In the kiosk home (no simulation) it is
 * no bean at all and its paths answer 404.
 */
@Controller
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
class SimulationPanel {

	private static final String PANEL = "/kiosk/simulation";

	private final Simulation simulation;

	SimulationPanel(Simulation simulation) {
		this.simulation = simulation;
	}

	@GetMapping("/simulation")
	String page(Model model) {
		model.addAttribute("simulation", this.simulation.state());
		return "simulation";
	}

	@GetMapping(PANEL)
	String panel(Model model) {
		model.addAttribute("simulation", this.simulation.state());
		return "simulation :: panel";
	}

	@PostMapping(PANEL + "/phones/{key}/position")
	String move(@PathVariable String key, @RequestParam VirtualPosition position, Model model) {
		this.simulation.moveTo(key, position);
		return panel(model);
	}

	@PostMapping(PANEL + "/phones/{key}/quiet")
	String quiet(@PathVariable String key, @RequestParam boolean quiet, Model model) {
		this.simulation.setQuiet(key, quiet);
		return panel(model);
	}

	@PostMapping(PANEL + "/lockers/{id}/door")
	String door(@PathVariable int id, @RequestParam boolean open, Model model) {
		this.simulation.setDoor(id, open);
		return panel(model);
	}

	@PostMapping(PANEL + "/badges/{badgeId}/tap")
	String tap(@PathVariable String badgeId, Model model) {
		this.simulation.tapBadge(badgeId);
		return panel(model);
	}

	@PostMapping(PANEL + "/restart")
	String restart() {
		this.simulation.restart();
		return "simulation :: restarting";
	}

}
