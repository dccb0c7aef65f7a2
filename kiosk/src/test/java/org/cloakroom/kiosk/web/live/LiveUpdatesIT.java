package org.cloakroom.kiosk.web.live;

import org.cloakroom.kiosk.web.RawHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.checkin.PhoneAssessment;
import org.cloakroom.kiosk.checkin.CheckInStage;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerProperties;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live streams over real sockets, with clients that never read: audited writes (HTTP
 * enrolments, a check-in, a catalogue import) stay fast and the pool free, the locker
 * deadline checker fires at its next tick, the stalled streams are dropped and their
 * connections closed by the server, and a client that reconnects with
 * {@code Last-Event-ID} gets exactly the entries it missed. The server's socket send
 * buffer is made small so that a stalled client fills it after tens of events rather than
 * thousands; the mechanism is the same at any size.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:live;DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=true", "cloakroom.live.buffer-size=400", "cloakroom.live.send-timeout=2s",
		"cloakroom.live.max-clients=4", "server.tomcat.connection-timeout=3s" })
@Import(LiveUpdatesIT.SmallSendBuffer.class)
class LiveUpdatesIT {

	private static final AtomicInteger PASSERS_BY = new AtomicInteger();

	/** The bound each write must meet while a client stalls. */
	private static final Duration WRITE_BOUND = Duration.ofSeconds(1);

	@LocalServerPort
	private int port;

	@Autowired
	private LiveUpdates live;

	@Autowired
	private AuditLog log;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Lockers lockers;

	@Autowired
	private LockerProperties lockerProperties;

	@Autowired
	private MutableClock clock;

	@Autowired
	private HikariDataSource pool;

	@Autowired
	private WebServerApplicationContext server;

	private final List<Long> writeMillis = new ArrayList<>();

	private int maxActiveConnections;

	@Test
	void clientsThatNeverReadStallNoWriterAreDroppedAndMissNothingWhenTheyReconnect() throws Exception {
		try (EventStreamClient officer = EventStreamClient.stalled(this.port, "/officer/stream");
				EventStreamClient kiosk = EventStreamClient.stalled(this.port, "/kiosk/stream")) {
			await().atMost(Duration.ofSeconds(5)).until(() -> this.live.openStreams() == 2);
			long firstWrite = newest() + 1;

			// a socket that is not read may still take a few bytes now and then, so a
			// stream's write may wait, then go on: write until each has waited once
			int writesToStall = 0;
			Set<Audience> stalled = EnumSet.noneOf(Audience.class);
			while (stalled.size() < 2) {
				assertThat(writesToStall).as("audited writes before both streams stalled").isLessThan(3000);
				enrolTimed("Visitor", 500000 + writesToStall++);
				for (Audience audience : Audience.values()) {
					if (this.live.stalledStreams(audience) > 0) {
						stalled.add(audience);
					}
				}
			}
			int stalledFrom = this.writeMillis.size();
			int locker = timed(() -> reserveALocker("100001", "1111"));
			assertThat(timed(this::importCatalogue)).isEqualTo(200);
			assertThat(timed(() -> RawHttp.send(this.port, "GET", "/api/v1/lockers", null, null))).isEqualTo(200);
			for (int i = 0; i < 50; i++) {
				enrolTimed("Insider", 510000 + i);
			}
			assertThat(this.live.openStreams()).as("not dropped: the clock has not moved, no buffer overflowed")
				.isEqualTo(2);
			assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORING);

			this.clock.advance(this.lockerProperties.reservationTimeout().plusSeconds(1));
			long deadlinePassed = System.nanoTime();
			await().atMost(Duration.ofSeconds(3))
				.until(() -> this.lockers.get(LockerId.of(locker)).state() == LockerState.FREE);
			long deadlineMillis = (System.nanoTime() - deadlinePassed) / 1_000_000;
			// a stalled socket may still take a few bytes now and then: time and writes
			// go
			// on, and the clients still do not read
			int[] later = { 0 };
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				enrolTimed("Latecomer", 520000 + later[0]++);
				this.clock.advance(Duration.ofSeconds(1));
				return this.live.openStreams() == 0;
			});
			long droppedMillis = (System.nanoTime() - deadlinePassed) / 1_000_000;
			await().atMost(Duration.ofSeconds(10)).until(() -> connections() == 0);
			long closedMillis = (System.nanoTime() - deadlinePassed) / 1_000_000;

			assertThat(this.writeMillis).allSatisfy(millis -> assertThat(millis).isLessThan(WRITE_BOUND.toMillis()));
			assertThat(this.maxActiveConnections).isLessThan(this.pool.getMaximumPoolSize());
			List<Long> whileStalled = this.writeMillis.subList(stalledFrom, this.writeMillis.size());
			System.out.printf("live-updates bound: %d writes until both clients stalled, then %d writes while "
					+ "stalled: max %d ms, median %d ms (all %d writes: max %d ms); pool max active %d of %d; "
					+ "deadline freed the locker %d ms, watchdog dropped the clients %d ms, server closed their "
					+ "connections %d ms after the clock passed it%n", writesToStall, whileStalled.size(),
					max(whileStalled), median(whileStalled), this.writeMillis.size(), max(this.writeMillis),
					this.maxActiveConnections, this.pool.getMaximumPoolSize(), deadlineMillis, droppedMillis,
					closedMillis);

			resumesWithExactlyTheMissedEntries(officer, "/officer/stream", "entry", firstWrite);
			resumesWithExactlyTheMissedEntries(kiosk, "/kiosk/stream", "refresh", firstWrite);
		}
	}

	@Test
	void refusesStreamsBeyondTheLimitWithAProblem() throws Exception {
		List<EventStreamClient> open = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				open.add(EventStreamClient.open(this.port, (i % 2 == 0) ? "/officer/stream" : "/kiosk/stream"));
			}
			await().atMost(Duration.ofSeconds(5)).until(() -> this.live.openStreams() == 4);
			try (EventStreamClient fifth = EventStreamClient.open(this.port, "/officer/stream")) {
				assertThat(fifth.status()).isEqualTo(503);
				assertThat(fifth.header("Content-Type")).startsWith("application/problem+json");
				assertThat(fifth.remainingBody()).contains("All 4 live streams are open");
			}
		}
		finally {
			for (EventStreamClient client : open) {
				client.close();
			}
		}
		streamsOfClosedSocketsEnd();
		long sequence = newest() + 1;
		enrol("Somebody", "600001");
		try (EventStreamClient again = EventStreamClient.open(this.port, "/officer/stream",
				"Last-Event-ID: " + (sequence - 1))) {
			assertThat(again.status()).isEqualTo(200);
			assertThat(again.next(5000).id()).isEqualTo(sequence);
		}
	}

	@Test
	void refusesALastEventIdThatIsNotASequence() throws Exception {
		try (EventStreamClient client = EventStreamClient.open(this.port, "/officer/stream", "Last-Event-ID: abc")) {
			assertThat(client.status()).isEqualTo(400);
			assertThat(client.remainingBody()).contains("Last-Event-ID must be an audit sequence number")
				.contains("'abc'");
		}
	}

	@AfterEach
	void streamsOfClosedSocketsEnd() {
		// the server learns that a client closed its socket when a write to it fails
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			String open = this.live.openStreams() + " streams, " + connections() + " connections";
			enrol("Passer-by", String.valueOf(800000 + PASSERS_BY.incrementAndGet()));
			return open;
		}, "0 streams, 0 connections"::equals);
	}

	/**
	 * The stalled client reads what reached it before the server closed the stream, then
	 * reconnects after the last complete event and must get every later entry once.
	 */
	private void resumesWithExactlyTheMissedEntries(EventStreamClient stalled, String path, String eventName,
			long firstWrite) throws Exception {
		List<Long> received = stalled.readToEnd(5000);
		assertThat(received).as("what reached the stalled client on " + path).isNotEmpty();
		assertThat(received).containsExactlyElementsOf(range(firstWrite, received.get(received.size() - 1)));
		long last = received.get(received.size() - 1);
		long newest = newest();
		assertThat(last).as("the client was dropped before it had everything").isLessThan(newest);

		try (EventStreamClient again = EventStreamClient.open(this.port, path, "Last-Event-ID: " + last)) {
			assertThat(again.status()).isEqualTo(200);
			List<Long> replayed = new ArrayList<>();
			while (replayed.isEmpty() || replayed.get(replayed.size() - 1) < newest) {
				EventStreamClient.Event event = again.next(5000);
				assertThat(event.name()).isEqualTo(eventName);
				replayed.add(event.id());
			}
			assertThat(replayed).containsExactlyElementsOf(range(last + 1, newest));
			enrol("Late " + path, String.valueOf(700000 + path.length()));
			assertThat(again.next(5000).id()).as("the next live entry, nothing in between").isEqualTo(newest + 1);
		}
	}

	private void enrolTimed(String name, int badge) throws Exception {
		assertThat(timed(() -> enrol(name + " " + badge, String.valueOf(badge)))).isEqualTo(201);
	}

	private static long max(List<Long> millis) {
		return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
	}

	private static long median(List<Long> millis) {
		return millis.stream().sorted().toList().get(millis.size() / 2);
	}

	private int enrol(String name, String badge) throws Exception {
		return RawHttp.send(this.port, "POST", "/api/v1/employees", "application/json",
				"{\"name\": \"" + name + "\", \"badgeId\": \"" + badge + "\", \"pin\": \"4321\"}");
	}

	private int importCatalogue() throws Exception {
		return RawHttp.send(this.port, "POST", "/api/v1/catalogue/import", "text/csv",
				"id,name,publisher,severity,reason,aliasOf,identifiers,sources\n"
						+ "live-test,Live Test,Test Co,WARN,a test entry,,android:org.example.live,2024-05-01;A test report;https://example.org/r\n");
	}

	/**
	 * Types the badge number and PIN, says the unseen phone is carried, and gets a locker
	 * reserved.
	 */
	private int reserveALocker(String badge, String pin) {
		CheckInView checkIn = this.checkIns.start(Identification.typed(badge, pin));
		for (PhoneAssessment phone : checkIn.phones()) {
			if (checkIn.stage() == CheckInStage.ANSWER_QUESTIONS && phone.carried() == null && !phone.seenNearby()) {
				checkIn = this.checkIns.answer(checkIn.id(), phone.phoneId(), true);
			}
		}
		return this.checkIns.store(checkIn.id()).storage().lockerId().value();
	}

	private <T> T timed(Callable<T> write) throws Exception {
		long start = System.nanoTime();
		T result = write.call();
		this.writeMillis.add((System.nanoTime() - start) / 1_000_000);
		assertThat(this.pool.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
		this.maxActiveConnections = Math.max(this.maxActiveConnections,
				this.pool.getHikariPoolMXBean().getActiveConnections());
		return result;
	}

	private long newest() {
		return this.log.latest(1).get(0).sequence();
	}

	/**
	 * The connections the web server holds open; its acceptor counts the one it waits for
	 * as well.
	 */
	private long connections() {
		TomcatWebServer tomcat = (TomcatWebServer) this.server.getWebServer();
		return ((AbstractProtocol<?>) tomcat.getTomcat().getConnector().getProtocolHandler()).getConnectionCount() - 1;
	}

	private static List<Long> range(long from, long to) {
		return LongStream.rangeClosed(from, to).boxed().toList();
	}

	/**
	 * A small socket send buffer on the server, so that a client that never reads fills
	 * it after tens of events.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SmallSendBuffer {

		@Bean
		TomcatConnectorCustomizer smallSendBuffer() {
			return connector -> {
				connector.setProperty("socket.txBufSize", "1024");
				connector.setProperty("socket.appWriteBufSize", "1024");
			};
		}

	}

}
