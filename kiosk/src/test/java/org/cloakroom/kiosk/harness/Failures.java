package org.cloakroom.kiosk.harness;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Distinct failures, each kept with the first request that showed it: a failure is an
 * operation, a status and what was wrong, so ten thousand requests hitting one bug are
 * one entry, with a count.
 */
final class Failures {

	private final long seed;

	private final Map<String, Failure> distinct = new LinkedHashMap<>();

	Failures(long seed) {
		this.seed = seed;
	}

	/** Records the failure; true when it is the first of its kind. */
	boolean add(ApiRequest request, HttpResponse<byte[]> response, List<String> problems) {
		return add(request, response.statusCode(), text(response.body()), problems);
	}

	/** A request that got no answer at all (status 0). */
	boolean addUnanswered(ApiRequest request, Exception ex) {
		return add(request, 0, "", List.of("no answer: " + ex));
	}

	private boolean add(ApiRequest request, int status, String body, List<String> problems) {
		String key = request.method() + " " + request.template() + " " + status + " "
				+ problems.stream().map(Failures::shape).distinct().sorted().collect(Collectors.joining("; "));
		Failure known = this.distinct.get(key);
		if (known != null) {
			known.count++;
			return false;
		}
		this.distinct.put(key, new Failure(request, status, body, problems));
		return true;
	}

	long seed() {
		return this.seed;
	}

	boolean isEmpty() {
		return this.distinct.isEmpty();
	}

	int size() {
		return this.distinct.size();
	}

	/** The problem without the values that vary from request to request. */
	private static String shape(String problem) {
		int colon = problem.indexOf(':');
		return (colon < 0) ? problem : problem.substring(0, colon);
	}

	private static String text(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		return (text.length() > 600) ? text.substring(0, 600) + "…" : text;
	}

	static String describe(Failure failure) {
		return failure.request.method() + " " + failure.request.template() + " → " + failure.status + " (seen "
				+ failure.count + "×)\n  problems: " + String.join("\n            ", failure.problems)
				+ "\n  request:  " + failure.request.replay() + "\n  response: " + failure.body;
	}

	@Override
	public String toString() {
		return this.distinct.size() + " distinct failures (seed " + this.seed + ", replay with -Dfuzz.seed=" + this.seed
				+ "):\n" + this.distinct.values().stream().map(Failures::describe).collect(Collectors.joining("\n"));
	}

	static final class Failure {

		final ApiRequest request;

		final int status;

		final String body;

		final List<String> problems;

		int count = 1;

		Failure(ApiRequest request, int status, String body, List<String> problems) {
			this.request = request;
			this.status = status;
			this.body = body;
			this.problems = List.copyOf(problems);
		}

	}

}
