package org.cloakroom.kiosk.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.harness.ApiDocument.ApiOperation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every operation of the OpenAPI document over real HTTP, for a bounded time, and
 * fails on any 5xx or any answer the document does not allow (an undocumented status, a
 * body that does not match its schema). Each operation gets valid requests first, then
 * mutations, drawn from one seed.
 *
 * <pre>
 * mvn -B -pl kiosk test -Dtest=ApiFuzzIT [-Dfuzz.duration=PT60S] [-Dfuzz.seed=42]
 * </pre>
 *
 * The seed is printed first; every distinct failure is printed with a curl line that
 * replays it against {@code java -jar … --spring.profiles.active=simulation}.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1")
class ApiFuzzIT {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * CI fuzzes the same inputs on every run, so that a red build is a finding anyone can
	 * replay, never luck; give -Dfuzz.seed to explore others.
	 */
	private static final long DEFAULT_SEED = 20261206L;

	@LocalServerPort
	private int port;

	@Test
	void everyOperationAnswersWithinTheDocumentAndNeverWithA5xx() throws Exception {
		long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
		Duration budget = Duration.parse(System.getProperty("fuzz.duration", "PT60S"));
		System.out.println("ApiFuzzIT seed " + seed + " for " + budget + " (replay with -Dfuzz.seed=" + seed + ")");
		Random random = new Random(seed);
		URI base = URI.create("http://localhost:" + this.port);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ApiDocument document = ApiDocument.fetch(http, base);
		List<ApiOperation> operations = document.operations()
			.stream()
			.filter(ApiFuzzIT::leavesTheProgramRunning)
			.filter(ApiFuzzIT::answersOnce)
			.toList();
		assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
		System.out.println("ApiFuzzIT operations: " + operations);
		RequestFactory requests = new RequestFactory(random);
		Failures failures = new Failures(seed);
		long deadline = System.nanoTime() + budget.toNanos();
		int sent = 0;
		for (int round = 0; System.nanoTime() < deadline; round++) {
			for (ApiOperation operation : operations) {
				if (System.nanoTime() >= deadline) {
					break;
				}
				ApiRequest request = (round < 2) ? requests.valid(operation)
						: random.nextInt(4) == 0 ? requests.valid(operation) : requests.mutated(operation);
				sent++;
				check(http, base, document, request, failures);
			}
		}
		System.out.println("ApiFuzzIT sent " + sent + " requests to " + operations.size() + " operations, seed " + seed
				+ ", " + failures.size() + " distinct failures");
		assertThat(failures.isEmpty()).as("%s", failures).isTrue();
	}

	private static void check(HttpClient http, URI base, ApiDocument document, ApiRequest request, Failures failures)
			throws InterruptedException {
		List<String> problems;
		boolean first;
		try {
			HttpResponse<byte[]> response = http.send(request.toHttp(base, REQUEST_TIMEOUT),
					HttpResponse.BodyHandlers.ofByteArray());
			problems = document.problems(request, response);
			first = !problems.isEmpty() && failures.add(request, response, problems);
			if (first) {
				problems = List.of(response.statusCode() + " " + problems);
			}
		}
		catch (IOException ex) {
			problems = List.of("no answer: " + ex);
			first = failures.addUnanswered(request, ex);
		}
		if (first) {
			System.out.println("ApiFuzzIT failure #" + failures.size() + " (seed " + failures.seed() + "): "
					+ request.method() + " " + request.template() + " → " + problems + "\n  " + request.replay());
		}
	}

	/** The simulation's power cut stops and restarts the program under test. */
	private static boolean leavesTheProgramRunning(ApiOperation operation) {
		return !operation.template().endsWith("/restart");
	}

	/**
	 * Server-sent event streams stay open: the fuzzer leaves them to the live-update
	 * tests.
	 */
	private static boolean answersOnce(ApiOperation operation) {
		return operation.operation().getResponses() == null || operation.operation()
			.getResponses()
			.values()
			.stream()
			.noneMatch((response) -> response.getContent() != null
					&& response.getContent().containsKey("text/event-stream"));
	}

}
