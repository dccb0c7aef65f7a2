package org.cloakroom.kiosk.web.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.enrolment.CalibrationTaken;
import org.cloakroom.kiosk.enrolment.PhoneCalibrationView;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.SpotCalibration;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A phone's calibration at this kiosk's spot, from what its adapters heard: only a home
 * at a door has a spot and a radio.
 */
@DoorHome
@RestController
@RequestMapping("/api/v1")
@Tag(name = "enrolment", description = "Employees, phones, BLE identities, inventories and MDM imports")
class PhoneCalibrationApi {

	private final SpotCalibration calibration;

	PhoneCalibrationApi(SpotCalibration calibration) {
		this.calibration = calibration;
	}

	@PostMapping("/phones/{id}/calibration")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Calibrate the phone at the kiosk's spot: what the adapters heard of it in the last seconds"
			+ " (cloakroom.enrolment.calibration.listen), held at the spot, becomes enrolment calibration samples;"
			+ " refused (phone-not-heard) when too few packets were heard")
	ResponseEntity<CalibrationTaken> calibrate(@PathVariable long id, SignedInUser admin) {
		CalibrationTaken taken = this.calibration.calibrate(PhoneId.of(id), admin.name());
		return ResponseEntity.created(URI.create("/api/v1/phones/" + id + "/calibration")).body(taken);
	}

	@GetMapping("/phones/{id}/calibration")
	@Operation(summary = "The phone calibration: spot levels per identity and adapter, with their confidence")
	PhoneCalibrationView calibration(@PathVariable long id) {
		return this.calibration.of(PhoneId.of(id));
	}

}
