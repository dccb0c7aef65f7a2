package org.cloakroom.kiosk.simulation;

import org.cloakroom.kiosk.ble.simulated.VirtualPosition;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The simulation's control panel beside the kiosk screen; in the kiosk home (no
 * simulation) it is no bean at all and its paths answer 404.
 */
@Controller
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
@RequestMapping("/kiosk/simulation")
class SimulationPanel {

	private final Simulation simulation;

	SimulationPanel(Simulation simulation) {
		this.simulation = simulation;
	}

	@GetMapping
	String panel(Model model) {
		model.addAttribute("simulation", this.simulation.state());
		return "kiosk :: panel";
	}

	@PostMapping("/phones/{key}/position")
	String move(@PathVariable String key, @RequestParam VirtualPosition position, Model model) {
		this.simulation.moveTo(key, position);
		return panel(model);
	}

	@PostMapping("/phones/{key}/quiet")
	String quiet(@PathVariable String key, @RequestParam boolean quiet, Model model) {
		this.simulation.setQuiet(key, quiet);
		return panel(model);
	}

	@PostMapping("/lockers/{id}/door")
	String door(@PathVariable int id, @RequestParam boolean open, Model model) {
		this.simulation.setDoor(id, open);
		return panel(model);
	}

	@PostMapping("/badges/{badgeId}/tap")
	String tap(@PathVariable String badgeId, Model model) {
		this.simulation.tapBadge(badgeId);
		return panel(model);
	}

	@PostMapping("/restart")
	@ResponseBody
	String restart() {
		this.simulation.restart();
		return "<p class=\"notice\">Power cut: the program is restarting. This page reloads when it is back.</p>";
	}

}
