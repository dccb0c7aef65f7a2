package org.cloakroom.kiosk.cli.doctor;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.cli.doctor.Finding.Status;

/**
 * The doctor's report as an installer (or an installer's script) reads it: one line per
 * finding, status and check in aligned columns, what to fix after "fix:", then one
 * summary line counting each check by its worst finding.
 */
final class Report {

	private Report() {
	}

	/** Prints the report; whether no check failed. */
	static boolean print(List<Finding> findings, PrintWriter out) {
		int width = findings.stream().mapToInt((finding) -> finding.check().length()).max().orElse(0);
		for (Finding finding : findings) {
			out.println(String.format("%-4s  %-" + width + "s  %s", finding.status(), finding.check(), finding.found())
					+ ((finding.fix() != null) ? "; fix: " + finding.fix() : ""));
		}
		Map<String, Status> worst = new LinkedHashMap<>();
		findings.forEach(
				(finding) -> worst.merge(finding.check(), finding.status(), (a, b) -> (a.compareTo(b) >= 0) ? a : b));
		Map<Status, Long> counts = worst.values()
			.stream()
			.collect(Collectors.groupingBy((status) -> status, Collectors.counting()));
		List<String> failed = worst.entrySet()
			.stream()
			.filter((check) -> check.getValue() == Status.FAIL)
			.map(Map.Entry::getKey)
			.sorted(Comparator.naturalOrder())
			.toList();
		out.println(worst.size() + " checks: " + counts.getOrDefault(Status.OK, 0L) + " OK, "
				+ counts.getOrDefault(Status.WARN, 0L) + " WARN, " + counts.getOrDefault(Status.FAIL, 0L) + " FAIL"
				+ (failed.isEmpty() ? "" : " (" + String.join(", ", failed) + ")"));
		out.flush();
		return failed.isEmpty();
	}

}
