package org.cloakroom.kiosk.fleet.forward;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.SecretsProperties;
import org.cloakroom.kiosk.audit.AuditArchived;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.FleetRefusals;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forwarding a kiosk's real log: the whole program over an H2 file, joined (its
 * membership written as {@code fleet join} writes it) to a {@link FakeCentral} that
 * speaks the wire protocol. Time for the backoff, the heartbeat and retention is the
 * test's clock; waits are bounded waits on what central received.
 */
class ForwardingIT {

	private static final Duration ARRIVAL = Duration.ofSeconds(30);

	@TempDir
	Path data;

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T08:00:00Z");

	private FakeCentral central;

	private ConfigurableApplicationContext running;

	@BeforeEach
	void central() throws Exception {
		this.central = FakeCentral.plain();
	}

	@AfterEach
	void stop() {
		if (this.running != null) {
			this.running.close();
		}
		this.central.close();
	}

	@Test
	void forwardsTheKiosksLogInOrderAcrossARestartWithItsCheckpointsAndRecordsTheJoinOnce() {
		this.central.takesChainFrom(0);
		this.running = startJoined(0);
		append(25);
		awaitCentralAtHead();
		this.running.close();
		this.running = startProgram();
		append(5);

		awaitCentralAtHead();

		List<AuditEntry> log = entries();
		assertThat(this.central.accepted()).as("every entry once, in the log's order, resumed after the restart")
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		assertThat(this.central.duplicates()).isZero();
		List<ForwardedEntry> sent = this.central.batches()
			.stream()
			.flatMap((batch) -> batch.entries().stream())
			.toList();
		assertThat(sent).as("every stored field, unchanged")
			.containsExactlyElementsOf(log.stream().map(ForwardedEntry::of).toList());
		assertThat(this.central.batches())
			.allSatisfy((batch) -> assertThat(batch.entries()).hasSizeLessThanOrEqualTo(10));
		assertThat(log).filteredOn((entry) -> entry.type().equals("CentralJoined"))
			.singleElement()
			.satisfies((joined) -> assertThat(joined.details()).contains("\"kiosk\":7", "\"name\":\"east-wing-1\""));
		List<Checkpoint> signed = this.running.getBean(AuditLog.class).checkpointFiles().checkpoints(0, head());
		assertThat(signed).as("the shutdown checkpoint").isNotEmpty();
		assertThat(this.central.checkpoints()).as("each checkpoint went with the batch that reached it")
			.containsAll(signed.stream().map(Checkpoint::text).distinct().toList());
		assertThat(this.central.signingKeys()).contains(signed.get(0).signingKey());
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("kiosk", FakeCentral.KIOSK)
			.containsEntry("acknowledged", head())
			.containsEntry("lagEntries", 0L)
			.containsEntry("central", this.central.address().toString());

		long heartbeats = this.central.heartbeats();
		this.clock.advance(Duration.ofSeconds(31));
		await("a heartbeat once the interval passed").atMost(ARRIVAL).until(() -> {
			sender().tick();
			return this.central.heartbeats() > heartbeats;
		});
		EventBatch heartbeat = this.central.batches().get(this.central.batches().size() - 1);
		assertThat(heartbeat.entries()).isEmpty();
		assertThat(heartbeat.head().sequence()).as("the kiosk's head, for its lag").isEqualTo(head());
	}

	@Test
	void rewindsWhenCentralExpectsEarlierEntriesAndSendsFromThere() {
		this.central.takesChainFrom(0);
		this.running = startProgram();
		assertThat(this.running.getBeanProvider(Forwarder.class).getIfAvailable()).as("no forwarding before joining")
			.isNull();
		assertThat(this.running.getBeanProvider(FleetHealthIndicator.class).getIfAvailable()).isNull();
		append(20);
		this.running.close();
		this.running = startJoined(12);
		append(5);

		awaitCentralAtHead();

		assertThat(this.central.outOfOrder()).as("one 409 fleet-out-of-order, then from entry 1").isEqualTo(1);
		assertThat(this.central.accepted())
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		assertThat(this.central.duplicates()).isZero();
	}

	@Test
	void stopsOnAForkWithAnAlertAndHealthDown() {
		this.running = startJoined(0);
		this.central.holdsAnotherChainUpTo(3);
		append(5);

		await("forwarding stopped").atMost(ARRIVAL).until(() -> forwarder().status().isStopped());

		assertStoppedWith(FleetRefusals.CHAIN_FORKED, "different chain");
		int batches = this.central.batches().size();
		append(5);
		sender().tick();
		await("the forwarder idle").atMost(ARRIVAL).until(() -> waitingWakeUps() == 0);
		assertThat(this.central.batches()).as("nothing sent after the fork").hasSize(batches);
	}

	@Test
	void stopsWhenRevokedWithAnAlertAndHealthDown() {
		this.central.takesChainFrom(0);
		this.running = startJoined(0);
		append(5);
		awaitCentralAtHead();

		this.central.revoke();
		append(3);

		await("forwarding stopped").atMost(ARRIVAL).until(() -> forwarder().status().isStopped());
		assertStoppedWith(FleetRefusals.KIOSK_REVOKED, "revoked");
	}

	@Test
	void aKioskOfflineKeepsEveryUnforwardedEntryThenCatchesUpWithoutADuplicate() throws Exception {
		this.central.takesChainFrom(0);
		this.running = startJoined(0);
		append(5);
		awaitCentralAtHead();
		long acknowledged = forwarder().status().acknowledged();

		this.central.stop();
		append(30);
		await("the forwarder noticing central is gone").atMost(ARRIVAL)
			.until(() -> forwarder().status().failures() > 0);
		Health offline = health();
		assertThat(offline.getStatus()).as("not reached for less than the limit").isEqualTo(Status.UP);
		assertThat((long) offline.getDetails().get("lagEntries")).isEqualTo(head() - acknowledged)
			.isGreaterThanOrEqualTo(30);
		assertThat(offline.getDetails()).containsKey("oldestUnforwardedAge").containsKey("lastError");

		this.clock.advance(Duration.ofMinutes(11));
		sender().tick();
		await().atMost(ARRIVAL).until(() -> health().getStatus().equals(Status.DOWN));
		assertThat((String) health().getDetails().get("why")).startsWith("central not reached since");

		this.clock.advance(Duration.ofDays(400));
		Optional<?> archived = ReflectionTestUtils.invokeMethod(archiver(), "archive");
		long held = forwarder().status().acknowledged();
		assertThat(archived).as("retention archived what central holds, and no further")
			.hasValueSatisfying((value) -> assertThat(((AuditArchived) value).toSequence()).isEqualTo(held));
		assertThat(this.running.getBean(AuditLog.class).after(0, 1).get(0).sequence())
			.as("retention kept every entry central has not acknowledged")
			.isEqualTo(held + 1);

		this.central.startAgain();
		this.clock.advance(Duration.ofMinutes(1));
		sender().tick();
		awaitCentralAtHead();

		assertThat(this.central.accepted()).as("every entry once, in order, none lost")
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		assertThat(this.central.duplicates()).isZero();
		assertThat(health().getStatus()).isEqualTo(Status.UP);
		assertThat(health().getDetails()).containsEntry("lagEntries", 0L).doesNotContainKey("why");
	}

	@Test
	void aKioskRestoredFromAnOldBackupCatchesUpFromCentralAndForwardsWithoutAFork() throws Exception {
		this.central.takesChainFrom(0);
		this.running = startJoined(0);
		append(10);
		awaitCentralAtHead();
		this.running.close();
		Path backup = Files.copy(this.data.resolve("cloakroom.mv.db"), this.data.resolve("backup.mv.db"));
		this.running = startProgram();
		append(10);
		this.running.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> this.running.publishEvent(ForwardingAlertTested.of(4711, "visit-9")));
		long alerting = head();
		assertThat(alertsRaisedBy(alerting)).as("written, it opened an alert (central too, ingesting it)").isEqualTo(1);
		append(9);
		awaitCentralAtHead();
		long centralHead = this.central.head();
		this.running.close();
		this.running = null;
		Files.copy(backup, this.data.resolve("cloakroom.mv.db"), StandardCopyOption.REPLACE_EXISTING);

		ForwardedEntry original = this.central.altersEntry(centralHead - 3);
		StringWriter refusal = new StringWriter();
		assertThat(catchUp(refusal)).isEqualTo(1);
		assertThat(refusal.toString()).startsWith("error: entry " + (centralHead - 3) + "'s hash does not hold");
		this.central.putsBack(original);

		StringWriter out = new StringWriter();
		assertThat(catchUp(out)).as(out.toString()).isZero();
		assertThat(out.toString()).startsWith("caught up: appended entries ").contains(" to " + centralHead + " ");

		this.running = startProgram();
		append(5);
		awaitCentralAtHead();
		assertThat(forwarder().status().isStopped()).as("no fork").isFalse();
		assertThat(this.central.accepted())
			.containsExactlyElementsOf(LongStream.rangeClosed(1, head()).boxed().toList());
		assertThat(entries().stream().map(ForwardedEntry::of).toList()).as("the caught-up entries, verbatim")
			.startsWith(this.central.batches()
				.stream()
				.flatMap((batch) -> batch.entries().stream())
				.limit(centralHead)
				.toArray(ForwardedEntry[]::new));
		JdbcClient jdbc = this.running.getBean(JdbcClient.class);
		await("the caught-up entry indexed for the search").atMost(ARRIVAL)
			.until(() -> jdbc.sql("SELECT reference FROM audit_reference WHERE sequence = ?")
				.param(alerting)
				.query(String.class)
				.list(), (references) -> references.containsAll(List.of("employee:4711", "check-in:visit-9")));
		assertThat(jdbc.sql("SELECT employee_id FROM audit_check_in WHERE check_in_id = 'visit-9'")
			.query(String.class)
			.list()).containsExactly("4711");
		assertThat(alertsRaisedBy(alerting)).as("caught up: no second alert, the officers have central's").isZero();
	}

	@Test
	void aKioskRestoredAndStartedWithoutCatchingUpForksAndHealthSaysToCatchUp() throws Exception {
		this.central.takesChainFrom(0);
		this.running = startJoined(0);
		append(10);
		awaitCentralAtHead();
		this.running.close();
		Path backup = Files.copy(this.data.resolve("cloakroom.mv.db"), this.data.resolve("backup.mv.db"));
		this.running = startProgram();
		append(10);
		awaitCentralAtHead();
		this.running.close();
		this.running = null;
		Files.copy(backup, this.data.resolve("cloakroom.mv.db"), StandardCopyOption.REPLACE_EXISTING);
		this.clock.advance(Duration.ofMinutes(5));

		this.running = startProgram();
		append(3);

		await("forwarding stopped").atMost(ARRIVAL).until(() -> {
			sender().tick();
			return forwarder().status().isStopped();
		});
		assertStoppedWith(FleetRefusals.CHAIN_FORKED, "different chain");
		assertThat((String) health().getDetails().get("todo")).as("the restore's steps, in the bundle's words")
			.contains("cloakroom-restore", "cloakroom fleet catch-up", "Backups and restore");
	}

	private long alertsRaisedBy(long sequence) {
		return this.running.getBean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM alert WHERE raised_by_sequence = ?")
			.param(sequence)
			.query(Long.class)
			.single();
	}

	private int catchUp(StringWriter out) {
		PrintWriter writer = new PrintWriter(out, true);
		return FieldTools.commandLine(writer, writer, this.clock)
			.execute("fleet", "catch-up", "--db", this.data.resolve("cloakroom.mv.db").toString(), "--password-file",
					secrets().resolve("database-owner.password").toString(), "--secrets", secrets().toString());
	}

	private void assertStoppedWith(String code, String why) {
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("why")).startsWith("forwarding stopped: ").contains(why);
		AuditEntry stopped = entries().stream()
			.filter((entry) -> entry.type().equals("ForwardingStopped"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(stopped.alert()).isTrue();
		assertThat(JsonMapper.shared().readTree(stopped.details()).get("code").asString()).isEqualTo(code);
	}

	/** The program, joined to the fake central as of entry {@code joinedAtSequence}. */
	private ConfigurableApplicationContext startJoined(long joinedAtSequence) {
		new FleetSecrets(new SecretFiles(new SecretsProperties(secrets()))).write(
				new Membership(this.central.address(), FakeCentral.KIOSK, "east-wing-1", "HQ", null, joinedAtSequence,
						Instant.parse("2026-12-07T07:00:00Z")),
				new FleetToken(FakeCentral.KIOSK, FakeCentral.TOKEN_SECRET), FakeCentral.WRAPPING_KEY);
		ConfigurableApplicationContext program = startProgram();
		assertThat(program.getBeanProvider(Forwarder.class).getIfAvailable()).as("forwarding once joined").isNotNull();
		return program;
	}

	private Path secrets() {
		return this.data.resolve("secrets");
	}

	private ConfigurableApplicationContext startProgram() {
		Path secrets = secrets();
		return new SpringApplicationBuilder(CloakroomApplication.class).profiles("simulation")
			.initializers(this::useTestClock)
			.run("--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("cloakroom") + ";WRITE_DELAY=0",
					"--server.port=0", "--cloakroom.scheduling.enabled=false",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.security.pin.hash-strength=4", "--cloakroom.secrets.dir=" + secrets,
					"--cloakroom.audit.checkpoint-dir=" + this.data.resolve("checkpoints"),
					"--cloakroom.fleet.batch-size=10", "--cloakroom.fleet.max-retry-backoff=10s",
					"--cloakroom.fleet.unreachable-limit=10m");
	}

	private void useTestClock(ConfigurableApplicationContext context) {
		((GenericApplicationContext) context).registerBean("testClock", Clock.class, () -> this.clock,
				(definition) -> definition.setPrimary(true));
	}

	/** Appends events, each in a transaction of its own, as modules do. */
	private void append(int count) {
		if (this.running == null) {
			return;
		}
		TransactionTemplate transactions = this.running.getBean(TransactionTemplate.class);
		for (int i = 0; i < count; i++) {
			ForwardingTested event = ForwardingTested.number(i);
			transactions.executeWithoutResult((status) -> this.running.publishEvent(event));
		}
	}

	private void awaitCentralAtHead() {
		await("central holding the kiosk's head").atMost(ARRIVAL).until(() -> {
			sender().tick();
			return this.central.head() == head() && forwarder().status().acknowledged() == head();
		});
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

	private Forwarder forwarder() {
		return this.running.getBean(Forwarder.class);
	}

	private ForwardingSender sender() {
		return this.running.getBean(ForwardingSender.class);
	}

	private int waitingWakeUps() {
		return sender().waitingWakeUps();
	}

	private Object archiver() throws ClassNotFoundException {
		return this.running.getBean(Class.forName("org.cloakroom.kiosk.audit.Archiver"));
	}

	private Health health() {
		return this.running.getBean("fleetHealthIndicator", HealthIndicator.class).health();
	}

}
