package org.cloakroom.kiosk.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the soak's traffic met, per class of client (kiosk, officer, admin): requests,
 * refusals (4xx), errors (5xx, no answer) with the first few described, and latencies.
 */
final class TrafficStats {

	private static final int KEPT_ERRORS = 20;

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> refusalKinds = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

	long requests() {
		return this.requests.get();
	}

	long errors() {
		return this.errors.get();
	}

	List<String> errorSamples() {
		return List.copyOf(this.errorSamples);
	}

	void answered(String traffic, long nanos, int status, String what) {
		this.requests.incrementAndGet();
		this.latencies.computeIfAbsent(traffic, (key) -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
		if (status >= 500) {
			error(what + " → " + status);
		}
		else if (status >= 400) {
			this.refusals.computeIfAbsent(traffic, (key) -> new AtomicLong()).incrementAndGet();
			this.refusalKinds.computeIfAbsent(traffic + " " + template(what) + " " + status, (key) -> new AtomicLong())
				.incrementAndGet();
		}
	}

	void unanswered(String traffic, String what, Exception ex) {
		this.requests.incrementAndGet();
		error(what + " → no answer: " + ex);
	}

	private void error(String description) {
		this.errors.incrementAndGet();
		if (this.errorSamples.size() < KEPT_ERRORS) {
			this.errorSamples.add(description);
		}
	}

	/** "POST /api/v1/checkins/{id}/store" from the request's description. */
	private static String template(String what) {
		String[] words = what.split(" ", 3);
		String path = words[1].replaceAll("\\?.*", "")
			.replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}")
			.replaceAll("/\\d+", "/{id}");
		return words[0] + " " + path;
	}

	/** Refusals (4xx) by client, request and status, most frequent first. */
	String refusals() {
		StringBuilder text = new StringBuilder();
		this.refusalKinds.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
			.forEach((kind) -> text.append(String.format("  %6d × %s%n", kind.getValue().get(), kind.getKey())));
		return text.toString();
	}

	/** One line per class: count, refusals, p50/p95/p99/max in milliseconds. */
	String figures() {
		StringBuilder text = new StringBuilder();
		this.latencies.forEach((traffic, values) -> {
			List<Long> sorted;
			synchronized (values) {
				sorted = new ArrayList<>(values);
			}
			Collections.sort(sorted);
			text.append(String.format(
					"%-8s %7d requests, %6d refused (4xx), p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %7.1f ms%n",
					traffic, sorted.size(), this.refusals.getOrDefault(traffic, new AtomicLong()).get(),
					percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
					percentile(sorted, 1.0)));
		});
		return text.toString();
	}

	private static double percentile(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

}
