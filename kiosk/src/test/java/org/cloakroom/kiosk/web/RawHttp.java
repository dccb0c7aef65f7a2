package org.cloakroom.kiosk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.cloakroom.kiosk.SignedIn;

/**
 * HTTP/1.1 over a plain socket for tests that must control the connection: one request
 * per connection ({@code Connection: close}), so that the server's open connections are
 * only the ones a test keeps, and event streams read (or not read) byte by byte.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends a request and reads the whole response; returns its status code, and fails
	 * with the response for a 4xx or 5xx.
	 */
	public static int send(int port, String method, String path, String contentType, String body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			write(socket.getOutputStream(), method, path, contentType, body);
			String status = readLine(socket.getInputStream());
			String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int code = Integer.parseInt(status.split(" ")[1]);
			if (code >= 400) {
				throw new AssertionError(method + " " + path + " answered " + code + ": " + rest);
			}
			return code;
		}
	}

	public static void write(OutputStream out, String method, String path, String contentType, String body,
			String... headers) throws IOException {
		byte[] content = (body == null) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n")
			.append("Connection: close\r\n");
		if (contentType != null) {
			request.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		if (!SignedIn.isKiosk(path) && Arrays.stream(headers)
			.noneMatch((header) -> header.regionMatches(true, 0, "Authorization:", 0, 14))) {
			// outside the kiosk's paths, the first admin signs in as a script would
			request.append("Authorization: ").append(SignedIn.adminBasic()).append("\r\n");
		}
		out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
		out.write(content);
		out.flush();
	}

	/** One line without its CRLF, or null at the end of the stream. */
	public static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				return (line.size() == 0) ? null : line.toString(StandardCharsets.UTF_8);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

}
