package org.cloakroom.kiosk.siem;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forwarding to a real syslog receiver: Debian's rsyslogd, started once for the test run
 * on loopback ports ({@link RsyslogExtension}), and the whole program over an H2 file
 * that survives its restarts. Each test gives the program a HOSTNAME of its own and reads
 * back only the messages that carry it. Time for the backoff and the backlog's age is the
 * test's clock; waits are bounded waits for rsyslog's file.
 */
@ExtendWith(RsyslogExtension.class)
class SiemForwardingIT {

	private static final Duration ARRIVAL = Duration.ofSeconds(30);

	private static final Pattern SEQUENCE = Pattern.compile(" seq=\"(\\d+)\"");

	@TempDir
	Path data;

	private final MutableClock clock = MutableClock.startingAt("2026-11-23T08:00:00Z");

	private final String hostname = "siem-it-" + UUID.randomUUID().toString().substring(0, 8);

	private RsyslogDaemon rsyslog;

	private ConfigurableApplicationContext running;

	@BeforeEach
	void receiver(RsyslogDaemon rsyslog) throws Exception {
		this.rsyslog = rsyslog;
		if (!rsyslog.running()) {
			rsyslog.startAgain();
		}
	}

	@AfterEach
	void stop() throws Exception {
		if (this.running != null) {
			this.running.close();
		}
		if (!this.rsyslog.running()) {
			this.rsyslog.startAgain();
		}
	}

	@Test
	void everyEntryArrivesOnceInOrderAsJsonOverTcp() {
		this.running = startProgram("tcp", "json", true);
		append(25);

		List<String> messages = awaitEverything();

		assertThat(sequences(messages)).as("every entry once, in the log's order")
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		List<AuditEntry> log = entries();
		for (int i = 0; i < messages.size(); i++) {
			AuditEntry entry = log.get(i);
			String message = messages.get(i);
			assertThat(message).startsWith("<" + (13 * 8 + (entry.alert() ? 1 : 6)) + ">1 ")
				.contains(" " + this.hostname + " cloakroom - " + entry.type() + " [cloakroom@32473 seq=\""
						+ entry.sequence() + "\" hash=\"" + entry.hash() + "\"");
			JsonNode body = JsonMapper.shared().readTree(message.substring(message.indexOf("\"] ") + 3));
			assertThat(body.get("sequence").asLong()).isEqualTo(entry.sequence());
			assertThat(body.get("type").asString()).isEqualTo(entry.type());
			assertThat(body.get("subject").asString()).isEqualTo(entry.subject());
			assertThat(body.get("alert").asBoolean()).isEqualTo(entry.alert());
			assertThat(body.get("details")).isEqualTo(JsonMapper.shared().readTree(entry.details()));
			assertThat(body.get("hash").asString()).isEqualTo(entry.hash());
			assertThat(body.get("previousHash").asString()).isEqualTo(entry.previousHash());
		}
		assertThat(messages).filteredOn((message) -> message.contains(" SiemTested ")).hasSize(25);
	}

	@Test
	void everyEntryArrivesInOrderAsCefWhatEverItsDetailsHold() {
		this.running = startProgram("tcp", "cef", true);
		append(25);

		List<String> messages = awaitEverything();

		assertThat(sequences(messages)).containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		List<AuditEntry> log = entries();
		for (int i = 0; i < messages.size(); i++) {
			AuditEntry entry = log.get(i);
			String message = messages.get(i);
			CefLine cef = CefLine.parse(message.substring(message.indexOf("\"] ") + 3));
			assertThat(cef.header()).containsExactly("0", "Cloakroom", "Cloakroom kiosk", cef.header().get(3),
					entry.type(), entry.type(), entry.alert() ? "8" : "3");
			assertThat(cef.extensions()).containsEntry("externalId", Long.toString(entry.sequence()))
				.containsEntry("cs1", entry.hash())
				.containsEntry("cs2", entry.previousHash())
				.containsEntry("cs3", entry.subject())
				.containsEntry("rt", Long.toString(entry.at().toEpochMilli()))
				.containsEntry("dvchost", this.hostname)
				.containsEntry("msg", entry.details());
		}
		assertThat(messages).filteredOn((message) -> message.contains(" SiemTested ")).hasSize(25);
	}

	@Test
	void udpDeliversTheSameMessagesBestEffort() {
		this.running = startProgram("udp", "json", true);
		append(10);

		List<String> messages = awaitEverything();

		assertThat(distinct(sequences(messages))).containsAll(LongStream.rangeClosed(1, head()).boxed().toList());
	}

	@Test
	void aSiemDownForAWhileLosesNothingAndHealthShowsTheBacklogGrowingAndAgeing() throws Exception {
		this.running = startProgram("tcp", "json", true);
		append(5);
		awaitEverything();

		this.rsyslog.stop();
		append(30);
		await("the forwarder noticing the SIEM is gone").atMost(ARRIVAL)
			.until(() -> forwarder().status().failures() > 0);
		Health down = health();
		assertThat(down.getStatus()).isEqualTo(Status.UP);
		assertThat(down.getDetails().get("backlog")).isEqualTo(head() - forwarder().status().cursor());
		assertThat((long) down.getDetails().get("backlog")).isGreaterThanOrEqualTo(30);
		assertThat(down.getDetails()).containsKey("lastError").containsKey("lastSuccessAt");
		long backlog = (long) down.getDetails().get("backlog");

		append(10);
		this.clock.advance(Duration.ofMinutes(20));
		Health later = health();
		assertThat(later.getDetails().get("backlog")).isEqualTo(backlog + 10);
		assertThat(later.getStatus()).as("the oldest unsent entry is older than backlog-age-limit")
			.isEqualTo(SiemHealthIndicator.DEGRADED);
		HealthEndpoint endpoint = this.running.getBean(HealthEndpoint.class);
		assertThat(endpoint.healthForPath("siem").getStatus()).isEqualTo(SiemHealthIndicator.DEGRADED);
		assertThat(endpoint.health().getStatus()).as("DEGRADED ranks above UP in the whole health")
			.isEqualTo(SiemHealthIndicator.DEGRADED);

		this.rsyslog.startAgain();
		this.clock.advance(Duration.ofMinutes(1));
		sender().tick();

		List<String> messages = awaitEverything();
		assertDuplicatesAreOnlyTheSameMessageAgain(messages);
		assertThat(firstOccurrences(messages)).as("every entry, in order, none lost")
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		assertThat(health().getStatus()).isEqualTo(Status.UP);
		assertThat(health().getDetails()).containsEntry("backlog", 0L);
	}

	@Test
	void aRestartedProgramResumesFromTheCursor() {
		this.running = startProgram("tcp", "json", true);
		append(10);
		awaitEverything();
		long cursor = forwarder().status().cursor();
		this.running.close();

		this.running = startProgram("tcp", "json", false);
		assertThat(this.running.getBeanProvider(SiemForwarder.class).getIfAvailable()).as("forwarding off").isNull();
		assertThat(this.running.getBean(HealthEndpoint.class).healthForPath("siem")).isNull();
		append(15);
		assertThat(this.rsyslog.messagesFrom(this.hostname)).as("nothing sent while forwarding was off")
			.hasSize((int) cursor);
		this.running.close();

		this.running = startProgram("tcp", "json", true);
		List<String> messages = awaitEverything();

		assertThat(sequences(messages)).as("resumed after %d, nothing sent twice", cursor)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
	}

	@Test
	void appendsNeverWaitForASiemThatIsDown() {
		this.running = startProgram("tcp", "json", true);
		append(1);
		awaitEverything();
		this.rsyslog.stop();
		append(1);
		await("the forwarder noticing the SIEM is gone").atMost(ARRIVAL)
			.until(() -> forwarder().status().failures() == 1);
		long before = head();

		for (int i = 0; i < 200; i++) {
			append(1);
			assertThat(sender().waitingWakeUps()).as("wake-ups waiting for the sender thread").isLessThanOrEqualTo(1);
		}

		assertThat(head()).isEqualTo(before + 200);
		assertThat(forwarder().status().failures())
			.as("the appends signalled, but the sender waits out its backoff on the clock: no reconnect storm")
			.isEqualTo(1);
	}

	private ConfigurableApplicationContext startProgram(String transport, String format, boolean enabled) {
		int port = transport.equals("udp") ? this.rsyslog.udpPort() : this.rsyslog.tcpPort();
		return new SpringApplicationBuilder(CloakroomApplication.class).profiles("simulation")
			.initializers(this::useTestClock)
			.run("--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("cloakroom") + ";WRITE_DELAY=0",
					"--server.port=0", "--cloakroom.scheduling.enabled=false",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.security.pin.hash-strength=4", "--cloakroom.siem.enabled=" + enabled,
					"--cloakroom.siem.host=127.0.0.1", "--cloakroom.siem.port=" + port,
					"--cloakroom.siem.transport=" + transport, "--cloakroom.siem.format=" + format,
					"--cloakroom.siem.hostname=" + this.hostname, "--cloakroom.siem.batch-size=20",
					"--cloakroom.siem.max-retry-backoff=10s", "--cloakroom.siem.backlog-age-limit=15m");
	}

	private void useTestClock(ConfigurableApplicationContext context) {
		((GenericApplicationContext) context).registerBean("testClock", Clock.class, () -> this.clock,
				(definition) -> definition.setPrimary(true));
	}

	/** Appends events, each in a transaction of its own, as modules do. */
	private void append(int count) {
		TransactionTemplate transactions = this.running.getBean(TransactionTemplate.class);
		for (int i = 0; i < count; i++) {
			SiemTested event = SiemTested.number(i);
			transactions.executeWithoutResult((status) -> this.running.publishEvent(event));
		}
	}

	/** What rsyslog received from this test once every entry of the log is there. */
	private List<String> awaitEverything() {
		await("every audit entry at rsyslog").atMost(ARRIVAL)
			.until(() -> distinct(sequences(this.rsyslog.messagesFrom(this.hostname)))
				.containsAll(LongStream.rangeClosed(1, head()).boxed().toList()));
		return this.rsyslog.messagesFrom(this.hostname);
	}

	private long head() {
		List<AuditEntry> newest = this.running.getBean(AuditLog.class).latest(1);
		return newest.isEmpty() ? 0 : newest.get(0).sequence();
	}

	private List<AuditEntry> entries() {
		List<AuditEntry> all = new ArrayList<>();
		AuditLog log = this.running.getBean(AuditLog.class);
		for (List<AuditEntry> page = log.after(0, AuditLog.MAX_LIMIT); !page.isEmpty(); page = log
			.after(page.get(page.size() - 1).sequence(), AuditLog.MAX_LIMIT)) {
			all.addAll(page);
		}
		return all;
	}

	private SiemForwarder forwarder() {
		return this.running.getBean(SiemForwarder.class);
	}

	private SiemSender sender() {
		return this.running.getBean(SiemSender.class);
	}

	private Health health() {
		return this.running.getBean("siemHealthIndicator", HealthIndicator.class).health();
	}

	private static List<Long> sequences(List<String> messages) {
		return messages.stream().map(SiemForwardingIT::sequenceOf).toList();
	}

	private static long sequenceOf(String message) {
		Matcher matcher = SEQUENCE.matcher(message);
		assertThat(matcher.find()).as("an event id in %s", message).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static List<Long> firstOccurrences(List<String> messages) {
		return sequences(messages).stream().distinct().toList();
	}

	/** At least once: an entry sent twice is the very same message, event id and all. */
	private static void assertDuplicatesAreOnlyTheSameMessageAgain(List<String> messages) {
		Map<Long, List<String>> bySequence = messages.stream()
			.collect(Collectors.groupingBy(SiemForwardingIT::sequenceOf, LinkedHashMap::new, Collectors.toList()));
		assertThat(bySequence).allSatisfy((sequence, copies) -> assertThat(copies).containsOnly(copies.get(0)));
	}

	private static Set<Long> distinct(List<Long> values) {
		return new HashSet<>(values);
	}

}
