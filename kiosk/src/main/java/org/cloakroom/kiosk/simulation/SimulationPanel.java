package org.cloakroom.kiosk.simulation;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;

import org.springframework.beans.factory.ObjectProvider;
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
 * simulation) it is absent and its endpoints answer 404.
 */
@Controller
@RequestMapping("/kiosk/simulation")
class SimulationPanel {

	private final ObjectProvider<Simulation> simulation;

	SimulationPanel(ObjectProvider<Simulation> simulation) {
		this.simulation = simulation;
	}

	@GetMapping
	String panel(Model model) {
		model.addAttribute("simulation", simulation().state());
		return "kiosk :: panel";
	}

	@PostMapping("/phones/{key}/position")
	String move(@PathVariable String key, @RequestParam VirtualPosition position, Model model) {
		simulation().moveTo(key, position);
		return panel(model);
	}

	@PostMapping("/phones/{key}/quiet")
	String quiet(@PathVariable String key, @RequestParam boolean quiet, Model model) {
		simulation().setQuiet(key, quiet);
		return panel(model);
	}

	@PostMapping("/lockers/{id}/door")
	String door(@PathVariable int id, @RequestParam boolean open, Model model) {
		simulation().setDoor(id, open);
		return panel(model);
	}

	@PostMapping("/badges/{badgeId}/tap")
	String tap(@PathVariable String badgeId, Model model) {
		simulation().tapBadge(badgeId);
		return panel(model);
	}

	@PostMapping("/restart")
	@ResponseBody
	String restart() {
		simulation().restart();
		return "<p class=\"notice\">Power cut: the program is restarting. This page reloads when it is back.</p>";
	}

	private Simulation simulation() {
		Simulation available = this.simulation.getIfAvailable();
		if (available == null) {
			throw new NotFoundException("Simulation", "(this kiosk runs on real hardware)");
		}
		return available;
	}

}
