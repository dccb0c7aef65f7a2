package org.cloakroom.kiosk.chart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How often each rule decided a phone at a check-in, by verdict: every phone of every
 * {@code CheckInStarted} in the range counts once for each rule among its reasons (the
 * log records them all: {@code phones[].reasons[].rule} and {@code phones[].verdict}).
 */
final class DecisionsByRule {

	private static final List<String> VERDICTS = List.of("MUST_STORE", "UNKNOWN", "CLEAR");

	private static final JsonMapper JSON = JsonMapper.shared();

	private final LogCounts counts;

	DecisionsByRule(LogCounts counts) {
		this.counts = counts;
	}

	Chart count(Instant from, Instant to) {
		Map<String, Map<String, Long>> byVerdict = new TreeMap<>();
		Set<String> rules = new TreeSet<>();
		for (LogCounts.Recorded checkIn : this.counts.details(List.of(Charts.CHECK_IN), from, to)) {
			for (JsonNode phone : JSON.readTree(checkIn.details()).path("phones")) {
				String verdict = phone.path("verdict").asString("UNKNOWN");
				Set<String> phoneRules = new LinkedHashSet<>();
				phone.path("reasons").forEach((reason) -> phoneRules.add(reason.path("rule").asString("")));
				for (String rule : phoneRules) {
					rules.add(rule);
					byVerdict.computeIfAbsent(verdict, (any) -> new TreeMap<>()).merge(rule, 1L, Long::sum);
				}
			}
		}
		List<Chart.Series> series = new ArrayList<>();
		for (String verdict : VERDICTS) {
			Map<String, Long> perRule = byVerdict.get(verdict);
			if (perRule != null) {
				series.add(new Chart.Series(verdict,
						rules.stream().map((rule) -> perRule.getOrDefault(rule, 0L)).toList()));
			}
		}
		return new Chart("decisions", List.copyOf(rules), series);
	}

}
