package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cloakroom.kiosk.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The conversations at the door that are still going on; old ones are forgotten on
 * access.
 */
@Component
class DoorVisits {

	private final Map<UUID, DoorVisit> visits = new ConcurrentHashMap<>();

	private final CheckinProperties properties;

	private final Clock clock;

	DoorVisits(CheckinProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	DoorVisit add(DoorVisit visit) {
		forgetExpired();
		this.visits.put(visit.id(), visit);
		return visit;
	}

	DoorVisit get(UUID id) {
		forgetExpired();
		DoorVisit visit = this.visits.get(id);
		if (visit == null) {
			throw new NotFoundException("Visit", id);
		}
		return visit;
	}

	private void forgetExpired() {
		var oldest = this.clock.instant().minus(this.properties.visitTimeout());
		this.visits.values().removeIf(visit -> visit.startedAt().isBefore(oldest));
	}

}
