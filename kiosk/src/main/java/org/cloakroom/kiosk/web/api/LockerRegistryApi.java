package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's lockers and storages: the bank at this door, so only a home at a door
 * answers them (the central instance has no locker bank).
 */
@DoorHome
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "Employees, phones, lockers and storages")
class LockerRegistryApi {

	private final Lockers lockers;

	private final Storages storages;

	LockerRegistryApi(Lockers lockers, Storages storages) {
		this.lockers = lockers;
		this.storages = storages;
	}

	@GetMapping("/lockers")
	List<LockerView> lockers() {
		return this.lockers.all();
	}

	@GetMapping("/lockers/{id}")
	LockerView locker(@PathVariable LockerId id) {
		return this.lockers.get(id);
	}

	@GetMapping("/storages")
	@Operation(summary = "Storages whose phones are in, or going into, a locker now")
	List<StorageView> activeStorages() {
		return this.storages.active();
	}

	@GetMapping("/storages/{storageId}")
	StorageView storage(@PathVariable StorageId storageId) {
		return this.storages.get(storageId);
	}

}
