package org.cloakroom.kiosk.chart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many lockers held phones in each hour of a day: a storage holds its locker from its
 * {@code PhonesStored} until its {@code PhonesCollected} or {@code StorageAbandoned}
 * (matched by the storage id the log calls {@code sessionId}). Storages stored up to
 * {@link #LOOKBACK} before the day count; an hour still to come counts none.
 */
final class Occupancy {

	static final Duration LOOKBACK = Duration.ofDays(31);

	private static final JsonMapper JSON = JsonMapper.shared();

	private final LogCounts counts;

	private final Clock clock;

	Occupancy(LogCounts counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	List<Long> perHour(LocalDate day) {
		Instant start = Charts.start(day);
		Instant end = Charts.start(day.plusDays(1));
		Map<Long, Instant> stored = new HashMap<>();
		Map<Long, Instant> ended = new HashMap<>();
		for (LogCounts.Recorded entry : this.counts
			.details(List.of("PhonesStored", "PhonesCollected", "StorageAbandoned"), start.minus(LOOKBACK), end)) {
			JsonNode storage = JSON.readTree(entry.details()).get("sessionId");
			if (storage != null && storage.isNumber()) {
				(entry.type().equals("PhonesStored") ? stored : ended).putIfAbsent(storage.asLong(), entry.at());
			}
		}
		Instant now = this.clock.instant();
		List<Long> hours = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			Instant from = start.plus(Duration.ofHours(hour));
			Instant to = from.plus(Duration.ofHours(1));
			hours.add(from.isAfter(now) ? 0 : stored.entrySet()
				.stream()
				.filter((storage) -> storage.getValue().isBefore(to))
				.filter((storage) -> !ended.containsKey(storage.getKey()) || ended.get(storage.getKey()).isAfter(from))
				.count());
		}
		return hours;
	}

}
