package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cloakroom.kiosk.locker.gpio.Controller;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What the lockers do when a controller (an I/O expander, a locker board) goes silent or
 * answers again. Silent: in one transaction each of its lockers goes to FAULT
 * ({@code CONTROLLER_SILENT}) and {@link LockerControllerSilent} raises the alert; no
 * emergency release starts, whatever kiosk line is on it. Answering again:
 * {@link LockerControllerAnswering}, and each of its locks is driven again as its
 * locker's state wants; the lockers stay in FAULT until an officer clears each. Told on
 * the controller's thread; a repeated report changes nothing.
 */
@Component
class ControllerWatch implements LockerIo.ControllerListener {

	private static final Logger log = LoggerFactory.getLogger(ControllerWatch.class);

	private final LockerTransitions transitions;

	private final Map<String, Controller> silent = new ConcurrentHashMap<>();

	ControllerWatch(LockerTransitions transitions) {
		this.transitions = transitions;
	}

	@Override
	public void controllerChanged(Controller controller, boolean answering, String reason) {
		try {
			if (answering) {
				answered(controller);
			}
			else {
				silent(controller, reason);
			}
		}
		catch (RuntimeException ex) {
			log.error("The {} {} {} but that could not be recorded", controller.kind(), controller.name(),
					answering ? "answers again" : "is silent (" + reason + ")", ex);
		}
	}

	/** The silent controller that carries this locker's lock or sensors, if any. */
	Optional<Controller> silentFor(LockerId lockerId) {
		return this.silent.values()
			.stream()
			.filter((controller) -> controller.lockerIds().contains(lockerId.value()))
			.findFirst();
	}

	private void silent(Controller controller, String reason) {
		if (this.silent.putIfAbsent(controller.name(), controller) != null) {
			return;
		}
		log.error("The {} {} is silent ({}): lockers {} go to FAULT", controller.kind(), controller.name(), reason,
				controller.lockerIds());
		List<String> lines = controller.kioskLines();
		this.transitions.changeAll(ids(controller), Locker::controllerSilent,
				(Instant now) -> new LockerControllerSilent(controller.name(), controller.kind(), sorted(controller),
						lines, reason, lines.contains("fire-alarm"), lines.contains("area-door-release"), now));
	}

	private void answered(Controller controller) {
		if (this.silent.remove(controller.name()) == null) {
			return;
		}
		log.info("The {} {} answers again: lockers {} stay in FAULT until an officer clears each", controller.kind(),
				controller.name(), controller.lockerIds());
		this.transitions.changeAll(ids(controller), (locker) -> false,
				(Instant now) -> new LockerControllerAnswering(controller.name(), controller.kind(), sorted(controller),
						controller.kioskLines(), now));
	}

	private static List<LockerId> ids(Controller controller) {
		return sorted(controller).stream().map(LockerId::of).toList();
	}

	private static List<Integer> sorted(Controller controller) {
		return controller.lockerIds().stream().sorted().toList();
	}

}
