package org.cloakroom.kiosk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives on the socket, the answer is problem-details JSON, never an HTML page:
 * requests Tomcat refuses before Spring sees them, requests no controller takes, and a
 * multipart upload without a boundary. Written byte for byte, because no HTTP client
 * sends these.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:malformed;DB_CLOSE_DELAY=-1")
class MalformedRequestIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					a bad request line; 400; GET /api/v1/lockers HTTP/1.1 garbage\\r\\nHost: localhost\\r\\n\\r\\n
					an invalid header line; 400; GET /api/v1/lockers HTTP/1.1\\r\\nHost: localhost\\r\\nBad Header\\r\\n\\r\\n
					an illegal character in query; 400; GET /api/v1/lockers?a=|{} HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n
					a control character in path; 400; GET /api/v1/lock\\u0001ers HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n
					an unreadable Content-Length; 400; POST /api/v1/kiosk/reset HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Length: abc\\r\\n\\r\\n
					an unknown HTTP version; 505; GET /api/v1/lockers HTTP/7.0\\r\\nHost: localhost\\r\\n\\r\\n
					a multipart body without a boundary; 400; POST /api/v1/catalogue/import HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Type: multipart/form-data\\r\\nContent-Length: 3\\r\\n\\r\\nabc
					an address nothing answers; 404; GET /api/v1/lockers/1/nothing-here HTTP/1.1\\r\\nHost: localhost\\r\\nAccept: text/html\\r\\n\\r\\n
					a method an address lacks; 405; DELETE /api/v1/lockers HTTP/1.1\\r\\nHost: localhost\\r\\nAccept: text/html\\r\\n\\r\\n
					a page that does not exist; 404; GET /kiosk/nothing-here HTTP/1.1\\r\\nHost: localhost\\r\\nAccept: text/html\\r\\n\\r\\n
					""")
	void isAnsweredWithProblemJson(String what, int status, String request) throws IOException {
		String response = exchange(request.replace("\\r\\n", "\r\n").replace("\\u0001", "\u0001"));
		String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertThat(head).startsWith("http/1.1 " + status).contains("content-type: application/problem+json");
		assertThat(body).doesNotContainIgnoringCase("<html");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("java.", "org.", "Exception");
	}

	@Test
	void namesTheValueTomcatRefused() throws IOException {
		assertThat(exchange("POST /api/v1/kiosk/reset HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n"))
			.contains("The Content-Length header 'abc' is not a number of bytes");
		assertThat(exchange("GET /api/v1/lockers HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n"))
			.contains("[Bad Header]");
		assertThat(exchange("GET /api/v1/lockers?a=|{} HTTP/1.1\r\nHost: localhost\r\n\r\n"))
			.contains("/api/v1/lockers?a=|{}");
	}

	/**
	 * One request on its own connection, as the first admin with HTTP Basic outside the
	 * kiosk's paths (whose chain answers the kiosk itself); the whole answer, to the
	 * close or a pause.
	 */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5000);
			String path = request.substring(request.indexOf(' ') + 1);
			String signedIn = SignedIn.isKiosk(path) ? request : request.replaceFirst("\r\nHost: localhost\r\n",
					"\r\nHost: localhost\r\nAuthorization: " + SignedIn.adminBasic() + "\r\n");
			String closing = signedIn.contains("\r\n\r\n")
					? signedIn.replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n") : signedIn;
			socket.getOutputStream().write(closing.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
				}
			}
			catch (SocketTimeoutException ex) {
				// kept open: what came is the answer
			}
			return dechunk(out.toString(StandardCharsets.UTF_8));
		}
	}

	private static String dechunk(String response) {
		int split = response.indexOf("\r\n\r\n");
		if (split < 0
				|| !response.substring(0, split).toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
			return response;
		}
		StringBuilder body = new StringBuilder();
		String rest = response.substring(split + 4);
		while (true) {
			int end = rest.indexOf("\r\n");
			int size = Integer.parseInt(rest.substring(0, end).strip(), 16);
			if (size == 0) {
				return response.substring(0, split + 4) + body;
			}
			body.append(rest, end + 2, end + 2 + size);
			rest = rest.substring(end + 2 + size + 2);
		}
	}

}
