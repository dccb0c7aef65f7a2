package org.cloakroom.kiosk.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.checkin.KioskScreen;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The simulation's controls; these endpoints exist only in the simulation. */
@RestController
@RequestMapping("/api/v1/simulation")
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
@Tag(name = "simulation", description = "Walk virtual phones, work locker doors, tap badges, cut the power")
class SimulationApi {

	private final Simulation simulation;

	SimulationApi(Simulation simulation) {
		this.simulation = simulation;
	}

	record PositionRequest(@NotNull VirtualPosition position) {
	}

	record QuietRequest(@NotNull Boolean quiet) {
	}

	record DoorRequest(@NotNull Boolean open) {
	}

	record OccupancyRequest(@NotNull Boolean occupied) {
	}

	record FireAlarmRequest(@NotNull Boolean active) {
	}

	@GetMapping
	SimulationState state() {
		return this.simulation.state();
	}

	@PostMapping(path = "/phones/{key}/position", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Walk a virtual phone to AWAY, CORRIDOR, NEAR, AT_DOOR or INSIDE")
	SimulationState move(@PathVariable String key, @Valid @RequestBody PositionRequest request) {
		this.simulation.moveTo(key, request.position());
		return this.simulation.state();
	}

	@PostMapping(path = "/phones/{key}/quiet", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Make a virtual phone stop advertising (a locked iPhone) or wake it")
	SimulationState quiet(@PathVariable String key, @Valid @RequestBody QuietRequest request) {
		this.simulation.setQuiet(key, request.quiet());
		return this.simulation.state();
	}

	@PostMapping(path = "/lockers/{id}/door", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open or close a locker's door (drives its door sensor input)")
	SimulationState door(@PathVariable int id, @Valid @RequestBody DoorRequest request) {
		this.simulation.setDoor(id, request.open());
		return this.simulation.state();
	}

	@PostMapping(path = "/lockers/{id}/occupancy", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a locker's occupancy sensor, where it has one")
	SimulationState occupancy(@PathVariable int id, @Valid @RequestBody OccupancyRequest request) {
		this.simulation.setOccupied(id, request.occupied());
		return this.simulation.state();
	}

	@PostMapping(path = "/fire-alarm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Sound or silence the fire alarm (drives the fire-alarm input): active starts the emergency release")
	SimulationState fireAlarm(@Valid @RequestBody FireAlarmRequest request) {
		this.simulation.setFireAlarm(request.active());
		return this.simulation.state();
	}

	@PostMapping("/badges/{badgeId}/tap")
	@Operation(summary = "Hold a badge to the kiosk's reader")
	KioskScreen tap(@PathVariable String badgeId) {
		return this.simulation.tapBadge(badgeId);
	}

	@PostMapping("/restart")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Cut the power: the program stops and starts again over the same database")
	void restart() {
		this.simulation.restart();
	}

}
