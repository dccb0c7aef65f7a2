package org.cloakroom.kiosk.chart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

/**
 * The console's charts over a day or a range of days (UTC, as the console's times are),
 * from the log: check-ins per hour, alerts per day by kind (their event type), locker
 * occupancy per hour and decisions by rule.
 */
@Service
public class Charts {

	/** The longest range a chart spans, in days. */
	public static final int MAX_DAYS = 92;

	static final String CHECK_IN = "CheckInStarted";

	private static final int FIRST_YEAR = 1970;

	private static final int LAST_YEAR = 9998;

	private final LogCounts counts;

	private final Occupancy occupancy;

	private final DecisionsByRule decisions;

	private final Clock clock;

	Charts(LogCounts counts, Clock clock) {
		this.counts = counts;
		this.occupancy = new Occupancy(counts, clock);
		this.decisions = new DecisionsByRule(counts);
		this.clock = clock;
	}

	/** Today, by the kiosk's clock (UTC). */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * @throws ChartRefusal for a day outside the years the log can hold
	 */
	public Chart checkInsPerHour(LocalDate day) {
		Instant start = start(day);
		Map<Long, Long> perHour = this.counts.ofType(CHECK_IN, start, start(day.plusDays(1)), LogCounts.HOUR);
		List<Long> values = IntStream.range(0, 24)
			.mapToObj((hour) -> perHour.getOrDefault(start.plus(Duration.ofHours(hour)).getEpochSecond(), 0L))
			.toList();
		return new Chart("check-ins", hours(), List.of(new Chart.Series("check-ins", values)));
	}

	/**
	 * @throws ChartRefusal if {@code to} is before {@code from} or the range is longer
	 * than {@link #MAX_DAYS}
	 */
	public Chart alertsPerDay(LocalDate from, LocalDate to) {
		List<LocalDate> days = days(from, to);
		Map<String, Map<Long, Long>> byType = this.counts.alertsByType(start(from), start(to.plusDays(1)),
				LogCounts.DAY);
		List<Chart.Series> series = new ArrayList<>();
		byType.forEach((type, perDay) -> series.add(new Chart.Series(type,
				days.stream().map((day) -> perDay.getOrDefault(start(day).getEpochSecond(), 0L)).toList())));
		return new Chart("alerts", days.stream().map(LocalDate::toString).toList(), series);
	}

	public Chart lockerOccupancy(LocalDate day) {
		return new Chart("occupancy", hours(), List.of(new Chart.Series("storages", this.occupancy.perHour(day))));
	}

	/**
	 * @throws ChartRefusal if {@code to} is before {@code from} or the range is longer
	 * than {@link #MAX_DAYS}
	 */
	public Chart decisionsByRule(LocalDate from, LocalDate to) {
		days(from, to);
		return this.decisions.count(start(from), start(to.plusDays(1)));
	}

	private static List<String> hours() {
		return IntStream.range(0, 24).mapToObj((hour) -> String.format("%02d", hour)).toList();
	}

	private static List<LocalDate> days(LocalDate from, LocalDate to) {
		start(from);
		start(to);
		if (to.isBefore(from)) {
			throw ChartRefusal.rangeBackwards(from, to);
		}
		long span = ChronoUnit.DAYS.between(from, to) + 1;
		if (span > MAX_DAYS) {
			throw ChartRefusal.rangeTooLong(span, MAX_DAYS);
		}
		return from.datesUntil(to.plusDays(1)).toList();
	}

	/** The day's first instant (UTC); a day the log cannot hold is refused, naming it. */
	static Instant start(LocalDate day) {
		if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
			throw ChartRefusal.dayOutOfRange(day, FIRST_YEAR, LAST_YEAR);
		}
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
