package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The check-ins still going on; old ones are forgotten on access. */
@Component
class OpenCheckIns {

	private final Map<CheckInId, CheckIn> checkIns = new ConcurrentHashMap<>();

	private final CheckInProperties properties;

	private final Clock clock;

	OpenCheckIns(CheckInProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	CheckIn add(CheckIn checkIn) {
		forgetExpired();
		this.checkIns.put(checkIn.id(), checkIn);
		return checkIn;
	}

	/**
	 * @throws CheckInRefusal.Ended when the check-in timed out or never was
	 */
	CheckIn get(CheckInId id) {
		forgetExpired();
		CheckIn checkIn = this.checkIns.get(id);
		if (checkIn == null) {
			throw new CheckInRefusal.Ended(id);
		}
		return checkIn;
	}

	private void forgetExpired() {
		var oldest = this.clock.instant().minus(this.properties.timeout());
		this.checkIns.values().removeIf(checkIn -> checkIn.startedAt().isBefore(oldest));
	}

}
