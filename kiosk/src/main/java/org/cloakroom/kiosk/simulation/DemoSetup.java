package org.cloakroom.kiosk.simulation;

import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.ble.simulated.VirtualPhone;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.InventorySource;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.simulation.DemoCast.DemoEmployee;
import org.cloakroom.kiosk.simulation.DemoCast.DemoPhone;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enrols the demo cast on the first start (an empty database), and on every start puts
 * their phones into the virtual world, all away from the door.
 */
@Component
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
class DemoSetup {

	private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

	/** Who the demo cast is enrolled by, in the log. */
	private static final String BY = "simulation";

	private final EmployeeDirectory employees;

	private final Enrolment enrolment;

	private final VirtualRadio radio;

	DemoSetup(EmployeeDirectory employees, Enrolment enrolment, VirtualRadio radio) {
		this.employees = employees;
		this.enrolment = enrolment;
		this.radio = radio;
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
			.forEach(phone -> this.radio.place(new VirtualPhone(phone.key(), phone.model(), phone.identity(),
					phone.advertisingInterval(), phone.rssiOffsetDb())));
	}

	private void enrol(DemoEmployee demo) {
		EmployeeRef employee = this.enrolment.enrolEmployee(demo.name(), demo.badgeId(), demo.pin(), BY);
		for (DemoPhone demoPhone : demo.phones()) {
			PhoneRef phone = this.enrolment.enrolPhone(employee.id(), demoPhone.label(), demoPhone.platform(), BY);
			this.enrolment.addIdentity(phone.id(), demoPhone.identity(), BY);
			this.enrolment.recordInventory(phone.id(), InventorySource.DECLARATION, demoPhone.apps(), BY);
		}
	}

}
