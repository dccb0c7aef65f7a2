package org.cloakroom.kiosk.fleet.pull;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for central's configuration endpoint in a kiosk's test: a JDK HTTP server on
 * loopback that answers each request with the next answer queued (status and JSON body),
 * and remembers what it was asked (path, query, Authorization); anything else (the
 * forwarder's batches) is answered 503. The real endpoint is {@code fleet.publish}'s,
 * tested on its own; the two meet in the lead's two-kiosk test.
 */
final class CentralStandIn implements AutoCloseable {

	private final HttpServer server;

	private final Deque<Answer> answers = new ArrayDeque<>();

	private final List<String> asked = new ArrayList<>();

	CentralStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/fleet/configuration", this::answer);
		this.server.createContext("/", CentralStandIn::unavailable);
		this.server.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

	synchronized void queue(int status, String body) {
		this.answers.add(new Answer(status, body));
	}

	synchronized List<String> asked() {
		return List.copyOf(this.asked);
	}

	private void answer(HttpExchange exchange) throws IOException {
		Answer answer;
		synchronized (this) {
			this.asked.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
			answer = this.answers.isEmpty() ? new Answer(500, "{\"detail\":\"nothing queued\"}") : this.answers.poll();
		}
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), (answer.status() == 304) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			if (answer.status() != 304) {
				out.write(body);
			}
		}
	}

	/**
	 * The forwarder's batches: not this stand-in's business (it backs off and retries).
	 */
	private static void unavailable(HttpExchange exchange) throws IOException {
		exchange.sendResponseHeaders(503, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Answer(int status, String body) {
	}

}
