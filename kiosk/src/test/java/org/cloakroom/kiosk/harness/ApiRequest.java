package org.cloakroom.kiosk.harness;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cloakroom.kiosk.SignedIn;

/**
 * One request the harness sends: enough to send it again by hand. {@code template} is the
 * document's path (e.g. {@code /api/v1/lockers/{id}}), {@code path} the one sent, with
 * its query.
 */
record ApiRequest(String method, String template, String path, Map<String, String> headers, byte[] body) {

	ApiRequest {
		headers = Map.copyOf(new LinkedHashMap<>(headers));
		body = (body == null) ? new byte[0] : body.clone();
	}

	static ApiRequest get(String template, String path) {
		return new ApiRequest("GET", template, path, Map.of("Accept", "*/*"), null);
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	HttpRequest toHttp(URI base, Duration timeout) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(this.path)).timeout(timeout);
		sentHeaders().forEach(builder::header);
		HttpRequest.BodyPublisher publisher = (this.body.length == 0) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(this.body);
		return builder.method(this.method, publisher).build();
	}

	/**
	 * The headers as sent: outside the kiosk's paths, the first admin's HTTP Basic
	 * credentials, as a script would send them.
	 */
	private Map<String, String> sentHeaders() {
		if (SignedIn.isKiosk(this.path) || this.headers.containsKey("Authorization")) {
			return this.headers;
		}
		Map<String, String> signedIn = new LinkedHashMap<>(this.headers);
		signedIn.put("Authorization", SignedIn.adminBasic());
		return signedIn;
	}

	/** The request as a curl command line, to replay it against a running simulation. */
	String replay() {
		StringBuilder curl = new StringBuilder("curl -i -X ").append(this.method);
		sentHeaders().forEach((name, value) -> curl.append(" -H ").append(quote(name + ": " + value)));
		if (this.body.length > 0) {
			String text = new String(this.body, StandardCharsets.UTF_8);
			String shown = (text.length() > 2000) ? text.substring(0, 2000) + "…(" + this.body.length + " bytes)"
					: text;
			curl.append(" --data-binary ").append(quote(shown));
		}
		return curl.append(" 'http://localhost:8080").append(this.path).append("'").toString();
	}

	/**
	 * The body as a shell word: plain text quoted, anything else in bash's {@code $'…'}
	 * with every byte escaped; a huge body is shortened to a printf that rebuilds it.
	 */
	private String bodyArgument() {
		String text = new String(this.body, StandardCharsets.UTF_8);
		boolean printable = text.chars()
			.allMatch((c) -> c >= 0x20 && c != 0x7F && c != 0xFFFD || c == '\n' || c == '\r');
		if (this.body.length > 4096) {
			return "\"$(head -c " + this.body.length + " /dev/zero | tr '\\0' x)\" # stands for the " + this.body.length
					+ "-byte body; it began: " + quote(text.substring(0, Math.min(200, text.length())));
		}
		if (printable) {
			return quote(text);
		}
		StringBuilder escaped = new StringBuilder("$'");
		for (byte b : this.body) {
			escaped.append(String.format("\\x%02X", b & 0xFF));
		}
		return escaped.append("'").toString();
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

}
