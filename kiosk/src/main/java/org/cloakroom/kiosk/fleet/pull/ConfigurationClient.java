package org.cloakroom.kiosk.fleet.pull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;

import org.springframework.stereotype.Component;

/**
 * Asks central for its configuration since a version, with the kiosk's fleet token: empty
 * when the kiosk's version is current (304).
 */
@Component
@DoorHome
class ConfigurationClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final JsonMapper json;

	ConfigurationClient(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @throws IOException naming central and what it answered, when it is unreachable or
	 * refuses
	 */
	Optional<ConfigurationUpdate> since(CentralLink.Link link, Long since) throws IOException, InterruptedException {
		URI uri = link.central().resolve("/api/v1/fleet/configuration" + ((since != null) ? "?since=" + since : ""));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + link.token())
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 304) {
			return Optional.empty();
		}
		if (response.statusCode() != 200) {
			throw new IOException("Central " + link.central() + " answered " + response.statusCode() + " to " + uri
					+ ": " + response.body());
		}
		return Optional.of(this.json.readValue(response.body(), ConfigurationUpdate.class));
	}

}
