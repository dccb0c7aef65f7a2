package org.cloakroom.kiosk.badge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "badge" component of /actuator/health: each reader's state and rejected reads; DOWN
 * with the reasons while a reader is not reading. A kiosk without readers is UP: it has
 * nothing to wait for.
 */
@Component("badgeHealthIndicator")
class BadgeHealthIndicator implements HealthIndicator {

	private final BadgeReaders readers;

	private final BadgeReadDesk desk;

	BadgeHealthIndicator(BadgeReaders readers, BadgeReadDesk desk) {
		this.readers = readers;
		this.desk = desk;
	}

	@Override
	public Health health() {
		Map<String, Object> details = new LinkedHashMap<>();
		List<String> down = new ArrayList<>();
		for (BadgeReader reader : this.readers.readers()) {
			ReaderHealth health = reader.health();
			details.put(reader.name(), Map.of("reading", health.reading(), "detail", health.detail(), "rejectedReads",
					this.desk.rejectedBy(reader.name())));
			if (!health.reading()) {
				down.add(reader.name() + ": " + health.detail());
			}
		}
		Health.Builder health = down.isEmpty() ? Health.up()
				: Health.down().withDetail("reason", String.join("; ", down));
		return health.withDetail("readers", details).build();
	}

}
