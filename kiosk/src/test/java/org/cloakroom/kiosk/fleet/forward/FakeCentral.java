package org.cloakroom.kiosk.fleet.forward;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.cloakroom.kiosk.fleet.wire.Acknowledgement;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.FleetRefusals;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.HeldEntries;
import org.cloakroom.kiosk.fleet.wire.JoinRequest;
import org.cloakroom.kiosk.fleet.wire.Joined;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the central instance (its real ingest is another package's, tested on
 * PostgreSQL): the JDK's HTTP server, on loopback, speaking the fleet wire protocol as
 * ISSUE17 defines it for one kiosk — join codes, the batch rules (duplicates, appends,
 * out-of-order, gaps, forks), revocation — and recording what it was sent. TLS when given
 * a PKCS#12 key store. It can stop and start again on the same port, as a network cut.
 */
public final class FakeCentral implements AutoCloseable {

	public static final long KIOSK = 7;

	public static final String TOKEN_SECRET = "A".repeat(43);

	public static final String WRAPPING_KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SSLContext tls;

	private final Map<String, String> joinCodes = new HashMap<>();

	/** The kiosk's chain as central holds it: sequence to hash. */
	private final Map<Long, String> chain = new LinkedHashMap<>();

	/** The entries central took, to hand back to a restored kiosk. */
	private final Map<Long, ForwardedEntry> entries = new LinkedHashMap<>();

	private final List<EventBatch> batches = new ArrayList<>();

	private final List<Long> accepted = new ArrayList<>();

	private final List<String> checkpoints = new ArrayList<>();

	private final List<String> signingKeys = new ArrayList<>();

	private HttpServer server;

	private ExecutorService threads;

	private int port;

	private long head;

	private String headHash;

	private Long forkedAt;

	private boolean revoked;

	private int duplicates;

	private int outOfOrder;

	private int gaps;

	private JoinRequest joined;

	private FakeCentral(SSLContext tls) {
		this.tls = tls;
	}

	public static FakeCentral plain() throws IOException {
		FakeCentral central = new FakeCentral(null);
		central.start(0);
		return central;
	}

	public static FakeCentral tls(Path keyStore, String password) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			store.load(in, password.toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, password.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		FakeCentral central = new FakeCentral(context);
		central.start(0);
		return central;
	}

	private void start(int wantedPort) throws IOException {
		InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort);
		if (this.tls != null) {
			HttpsServer https = HttpsServer.create(address, 0);
			https.setHttpsConfigurator(new HttpsConfigurator(this.tls));
			this.server = https;
		}
		else {
			this.server = HttpServer.create(address, 0);
		}
		this.server.createContext("/api/v1/fleet/join", this::join);
		this.server.createContext("/api/v1/fleet/events", this::events);
		this.threads = Executors.newFixedThreadPool(2);
		this.server.setExecutor(this.threads);
		this.server.start();
		this.port = this.server.getAddress().getPort();
	}

	/** The address a kiosk joins: http(s)://localhost:PORT/. */
	public URI address() {
		return URI.create(((this.tls != null) ? "https" : "http") + "://localhost:" + this.port + "/");
	}

	/** Cuts the network: nothing listens on the port any more. */
	public void stop() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** Restores the network: listening again on the same port. */
	public void startAgain() throws IOException {
		start(this.port);
	}

	@Override
	public void close() {
		stop();
	}

	public synchronized void acceptsJoinCode(String code, String state) {
		this.joinCodes.put(code, state);
	}

	/** Central takes the kiosk's chain from {@code sequence} on (as at a join). */
	synchronized void takesChainFrom(long sequence) {
		this.head = sequence;
		this.headHash = null;
	}

	/**
	 * Central already holds entries up to {@code sequence} with hashes unlike the
	 * kiosk's.
	 */
	synchronized void holdsAnotherChainUpTo(long sequence) {
		for (long s = this.head + 1; s <= sequence; s++) {
			this.chain.put(s, "f".repeat(64));
		}
		this.head = sequence;
		this.headHash = "f".repeat(64);
	}

	synchronized void revoke() {
		this.revoked = true;
	}

	synchronized List<Long> accepted() {
		return List.copyOf(this.accepted);
	}

	synchronized List<EventBatch> batches() {
		return List.copyOf(this.batches);
	}

	synchronized List<String> checkpoints() {
		return List.copyOf(this.checkpoints);
	}

	synchronized List<String> signingKeys() {
		return List.copyOf(this.signingKeys);
	}

	synchronized long head() {
		return this.head;
	}

	synchronized int duplicates() {
		return this.duplicates;
	}

	synchronized int outOfOrder() {
		return this.outOfOrder;
	}

	synchronized int gaps() {
		return this.gaps;
	}

	public synchronized JoinRequest joinRequest() {
		return this.joined;
	}

	synchronized long heartbeats() {
		return this.batches.stream().filter((batch) -> batch.entries().isEmpty()).count();
	}

	private void join(HttpExchange exchange) throws IOException {
		JoinRequest request = JSON.readValue(exchange.getRequestBody(), JoinRequest.class);
		synchronized (this) {
			String state = this.joinCodes.get(request.code());
			if (state == null) {
				problem(exchange, 404, FleetRefusals.JOIN_CODE_UNKNOWN, null);
				return;
			}
			if (!state.equals("valid")) {
				problem(exchange, 410,
						state.equals("expired") ? FleetRefusals.JOIN_CODE_EXPIRED : FleetRefusals.JOIN_CODE_USED, null);
				return;
			}
			this.joinCodes.put(request.code(), "used");
			this.joined = request;
			takesChainFrom(request.sequence());
		}
		send(exchange, 200, JSON.writeValueAsBytes(
				new Joined(KIOSK, "east-wing-1", "HQ", new FleetToken(KIOSK, TOKEN_SECRET).text(), WRAPPING_KEY)));
	}

	private void events(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (!("Bearer " + new FleetToken(KIOSK, TOKEN_SECRET).text()).equals(authorization)) {
			problem(exchange, 401, "fleet-token-unknown", null);
			return;
		}
		if (exchange.getRequestMethod().equals("GET")) {
			held(exchange);
			return;
		}
		EventBatch batch = JSON.readValue(exchange.getRequestBody(), EventBatch.class);
		synchronized (this) {
			if (this.revoked) {
				problem(exchange, 403, FleetRefusals.KIOSK_REVOKED, null);
				return;
			}
			if (this.forkedAt != null) {
				problem(exchange, 409, FleetRefusals.CHAIN_FORKED, Map.of("sequence", this.forkedAt));
				return;
			}
			this.batches.add(batch);
			if (!batch.entries().isEmpty()) {
				long first = batch.entries().get(0).sequence();
				boolean gapAnnounced = batch.gapFrom() != null && batch.gapFrom() == this.head + 1;
				if (first > this.head + 1 && !gapAnnounced) {
					this.outOfOrder++;
					problem(exchange, 409, FleetRefusals.OUT_OF_ORDER, Map.of("expected", this.head + 1));
					return;
				}
				for (ForwardedEntry entry : batch.entries()) {
					if (!take(entry)) {
						problem(exchange, 409, FleetRefusals.CHAIN_FORKED, Map.of("sequence", this.forkedAt));
						return;
					}
				}
			}
			this.checkpoints.addAll(batch.checkpoints());
			batch.signingKeys().forEach((key) -> this.signingKeys.add(key.id()));
		}
		send(exchange, 200, JSON.writeValueAsBytes(new Acknowledgement(head(), 0, 0)));
	}

	/** {@code GET ?after=N}: up to 1,000 entries central holds after N. */
	private void held(HttpExchange exchange) throws IOException {
		long after = Long.parseLong(exchange.getRequestURI().getQuery().replace("after=", ""));
		List<ForwardedEntry> page;
		synchronized (this) {
			page = this.entries.values()
				.stream()
				.filter((entry) -> entry.sequence() > after)
				.limit(EventBatch.MAX_ENTRIES)
				.toList();
		}
		send(exchange, 200, JSON.writeValueAsBytes(new HeldEntries(page)));
	}

	/**
	 * Alters the details of the entry central holds at {@code sequence} (its hash no
	 * longer holds); the original comes back.
	 */
	synchronized ForwardedEntry altersEntry(long sequence) {
		ForwardedEntry held = this.entries.get(sequence);
		this.entries.put(sequence, new ForwardedEntry(held.sequence(), held.recordedAt(), held.type(), held.subject(),
				held.alert(), held.details() + " ", held.previousHash(), held.hash(), held.keyId()));
		return held;
	}

	synchronized void putsBack(ForwardedEntry entry) {
		this.entries.put(entry.sequence(), entry);
	}

	/** One entry by the rules; false on a fork. */
	private boolean take(ForwardedEntry entry) {
		if (entry.sequence() <= this.head) {
			String held = this.chain.get(entry.sequence());
			if (held != null && !held.equals(entry.hash())) {
				this.forkedAt = entry.sequence();
				return false;
			}
			this.duplicates++;
			return true;
		}
		if (entry.sequence() == this.head + 1 && this.headHash != null && !this.headHash.equals(entry.previousHash())) {
			this.forkedAt = entry.sequence();
			return false;
		}
		if (entry.sequence() > this.head + 1) {
			this.gaps++;
		}
		this.chain.put(entry.sequence(), entry.hash());
		this.entries.put(entry.sequence(), entry);
		this.accepted.add(entry.sequence());
		this.head = entry.sequence();
		this.headHash = entry.hash();
		return true;
	}

	private static void problem(HttpExchange exchange, int status, String code, Map<String, Long> extra)
			throws IOException {
		ObjectNode problem = JSON.createObjectNode();
		problem.put("type", "about:blank");
		problem.put("title", code);
		problem.put("status", status);
		problem.put("code", code);
		if (extra != null) {
			extra.forEach(problem::put);
		}
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		send(exchange, status, JSON.writeValueAsBytes(problem));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		if (exchange.getResponseHeaders().getFirst("Content-Type") == null) {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
		}
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

}
