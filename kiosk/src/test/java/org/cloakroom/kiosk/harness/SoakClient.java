package org.cloakroom.kiosk.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.cloakroom.kiosk.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One class of the soak's clients (kiosk, officer or admin) talking to the program on
 * loopback, same-origin (no {@code Origin} header); every request is timed into
 * {@link TrafficStats}.
 */
final class SoakClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final String traffic;

	private final TrafficStats stats;

	private final long stopAt;

	/**
	 * @param stopAt {@link System#nanoTime()} after which nothing more is sent, so a
	 * round of several requests never runs past the soak's end
	 */
	SoakClient(URI base, String traffic, TrafficStats stats, long stopAt) {
		this.base = base;
		this.traffic = traffic;
		this.stats = stats;
		this.stopAt = stopAt;
	}

	/**
	 * The answer's JSON when it was a 2xx, else empty (the refusal or error is counted).
	 */
	Optional<JsonNode> get(String path) throws InterruptedException {
		return send("GET", path, null);
	}

	Optional<JsonNode> post(String path, String json) throws InterruptedException {
		return send("POST", path, json);
	}

	Optional<JsonNode> put(String path, String json) throws InterruptedException {
		return send("PUT", path, json);
	}

	private Optional<JsonNode> send(String method, String path, String json) throws InterruptedException {
		if (System.nanoTime() > this.stopAt) {
			return Optional.empty();
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path)).timeout(TIMEOUT);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (!SignedIn.isKiosk(path)) {
			// officer and admin traffic signs in as a script would, with HTTP Basic
			request.header("Authorization", SignedIn.adminBasic());
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			this.stats.answered(this.traffic, System.nanoTime() - start, response.statusCode(),
					method + " " + path + " " + response.body());
			boolean json2xx = response.statusCode() / 100 == 2
					&& response.headers().firstValue("Content-Type").orElse("").contains("json");
			return json2xx ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
		}
		catch (IOException ex) {
			this.stats.unanswered(this.traffic, method + " " + path, ex);
			return Optional.empty();
		}
	}

}
