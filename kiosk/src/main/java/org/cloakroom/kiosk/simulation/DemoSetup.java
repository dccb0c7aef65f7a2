package org.cloakroom.kiosk.simulation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.simulated.VirtualPhone;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.InventorySource;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.SpotCalibration;
import org.cloakroom.kiosk.simulation.DemoCast.DemoEmployee;
import org.cloakroom.kiosk.simulation.DemoCast.DemoPhone;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enrols the demo cast on the first start (an empty database), each phone calibrated at
 * the spot from the radio model, and on every start puts their phones into the virtual
 * world, all away from the door.
 */
@Component
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
class DemoSetup {

	private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

	/** Who the demo cast is enrolled by, in the log. */
	private static final String BY = "simulation";

	private final EmployeeDirectory employees;

	private final Enrolment enrolment;

	/** How long the demo phones are held at the spot when they are calibrated. */
	private static final Duration CALIBRATION_HELD = Duration.ofSeconds(10);

	private final VirtualRadio radio;

	private final SpotCalibration calibration;

	DemoSetup(EmployeeDirectory employees, Enrolment enrolment, VirtualRadio radio, SpotCalibration calibration) {
		this.employees = employees;
		this.enrolment = enrolment;
		this.radio = radio;
		this.calibration = calibration;
	}

	@EventListener(ApplicationStartedEvent.class)
	void setUp() {
		if (this.employees.all().isEmpty()) {
			DemoCast.EMPLOYEES.forEach(this::enrol);
			log.info("Enrolled the demo cast: {} employees", DemoCast.EMPLOYEES.size());
		}
		Stream
			.concat(DemoCast.EMPLOYEES.stream().flatMap(employee -> employee.phones().stream()),
					Stream.of(DemoCast.VISITOR))
			.forEach(phone -> this.radio.place(virtual(phone)));
	}

	private void enrol(DemoEmployee demo) {
		EmployeeRef employee = this.enrolment.enrolEmployee(demo.name(), demo.badgeId(), demo.pin(), BY);
		for (DemoPhone demoPhone : demo.phones()) {
			PhoneRef phone = this.enrolment.enrolPhone(employee.id(), demoPhone.label(), demoPhone.platform(), BY);
			long identity = this.enrolment.enrolIdentity(phone.id(), demoPhone.identity(), BY).id();
			this.enrolment.recordInventory(phone.id(), InventorySource.DECLARATION, demoPhone.apps(), BY);
			calibrate(phone, identity, demoPhone);
		}
	}

	/**
	 * Calibrates a demo phone at the spot as an admin would at enrolment, from what the
	 * radio model says the adapters hear of it there: the kiosk can then place it at
	 * badge-in, as it can a real phone calibrated at enrolment.
	 */
	private void calibrate(PhoneRef phone, long identity, DemoPhone demoPhone) {
		List<HeardLevel> levels = this.radio.atTheSpot(virtual(demoPhone), CALIBRATION_HELD)
			.stream()
			.map((level) -> new HeardLevel(identity, level.adapter(), level.medianDbm(), level.spreadDb(),
					level.packets()))
			.toList();
		this.calibration.calibrateFrom(phone.id(), levels, BY);
	}

	private static VirtualPhone virtual(DemoPhone phone) {
		return new VirtualPhone(phone.key(), phone.model(), phone.identity(), phone.advertisingInterval(),
				phone.rssiOffsetDb());
	}

}
