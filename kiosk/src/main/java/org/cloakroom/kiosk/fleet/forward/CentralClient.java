package org.cloakroom.kiosk.fleet.forward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.cloakroom.kiosk.TrustedCertificates;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTPS to central's {@code /api/v1/fleet/**}: JSON in, JSON or problem details out, the
 * fleet token as bearer once the kiosk has one. Central's certificate must chain to the
 * trust file (or the JDK's trust store) and name central's host.
 */
public final class CentralClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI central;

	private final HttpClient http;

	private final Duration requestTimeout;

	private final FleetToken token;

	/**
	 * @param trust central's certificate or CA (PEM), or null for the JDK's trust store
	 * @param trustSetting where {@code trust} was given, for errors
	 * @param token the fleet token, or null before joining
	 */
	public CentralClient(URI central, Path trust, String trustSetting, Duration connectTimeout, Duration requestTimeout,
			FleetToken token) {
		SSLContext tls = TrustedCertificates.sslContext(trust, trustSetting);
		this.central = central;
		this.http = HttpClient.newBuilder()
			.sslContext(tls)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.requestTimeout = requestTimeout;
		this.token = token;
	}

	public URI central() {
		return this.central;
	}

	/** POSTs {@code body} as JSON to {@code path} (e.g. {@code /api/v1/fleet/events}). */
	public Answer post(String path, Object body) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		return send(request);
	}

	/** GETs {@code path} with its query. */
	public Answer get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.central.resolve(path))
			.timeout(this.requestTimeout)
			.header("Accept", "application/json, application/problem+json");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token.text());
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	/** Central's answer: its status and body. */
	public record Answer(int status, String body) {

		public boolean ok() {
			return this.status == 200;
		}

		/** The body as {@code type}. */
		public <T> T as(Class<T> type) {
			return JSON.readValue(this.body, type);
		}

		/** The problem's {@code code}, or null when the body is no problem details. */
		public String code() {
			JsonNode problem = problem();
			return (problem != null && problem.hasNonNull("code")) ? problem.get("code").asString() : null;
		}

		/** A number the problem carries ({@code expected}, {@code sequence}), or null. */
		public Long number(String field) {
			JsonNode problem = problem();
			return (problem != null && problem.hasNonNull(field) && problem.get(field).canConvertToLong())
					? problem.get(field).asLong() : null;
		}

		/**
		 * What the answer says, for logs and health: status, code and title or detail.
		 */
		public String describe() {
			JsonNode problem = problem();
			String words = (problem == null) ? null : problem.hasNonNull("detail") ? problem.get("detail").asString()
					: problem.hasNonNull("title") ? problem.get("title").asString() : null;
			String code = code();
			return "HTTP " + this.status + ((code != null) ? " " + code : "") + ((words != null) ? ": " + words : "");
		}

		private JsonNode problem() {
			if (this.body == null || this.body.isBlank()) {
				return null;
			}
			try {
				JsonNode node = JSON.readTree(this.body);
				return node.isObject() ? node : null;
			}
			catch (RuntimeException notJson) {
				return null;
			}
		}

	}

}
