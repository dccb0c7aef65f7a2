package org.cloakroom.kiosk.locker;

import java.time.Clock;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The area door's release output. Check-in calls it when an employee has no phone left
 * that must be stored; the release is audited in its own transaction before the output is
 * pulsed.
 */
@Service
public class AreaDoor {

	private static final Logger log = LoggerFactory.getLogger(AreaDoor.class);

	private final LockerIo io;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean wired;

	private final LockerTransitions transitions;

	AreaDoor(LockerIo io, BankWiring wiring, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, LockerTransitions transitions) {
		this.io = io;
		this.transitions = transitions;
		this.wired = wiring.outputs().areaDoor().isPresent();
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		// a new transaction even when called after another one's commit
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records {@link AreaDoorReleased} and then pulses the release output.
	 * @return whether a release output is wired (and was pulsed)
	 */
	public boolean release(EmployeeId employeeId, String because) {
		boolean wired = this.wired;
		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new AreaDoorReleased(employeeId, because, wired, this.clock.instant())));
		if (this.transitions.isReleased()) {
			// an emergency release holds the door released: a pulse's end would shut it
			return wired;
		}
		if (wired && !this.io.releaseAreaDoor()) {
			log.warn("The area door release for employee {} was not pulsed: the wiring has no release output",
					employeeId);
		}
		return wired;
	}

}
