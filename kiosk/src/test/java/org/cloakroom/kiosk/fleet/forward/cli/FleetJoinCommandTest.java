package org.cloakroom.kiosk.fleet.forward.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.SecretsProperties;
import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.fleet.forward.FakeCentral;
import org.cloakroom.kiosk.fleet.forward.FleetSecrets;
import org.cloakroom.kiosk.fleet.forward.Membership;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fleet join} as an installer runs it, without Spring: against a
 * {@link FakeCentral} (plain HTTP on loopback, and once over TLS with a certificate made
 * by the JDK's keytool), on a kiosk database made by the real migrations with a log at
 * entry 2, and a checkpoint directory holding one public key.
 */
class FleetJoinCommandTest {

	private static final String CODE = "ABCD-EFGH-JKLM";

	private static final String PASSWORD = "test-only";

	private static final String KEY_ID = "0123456789abcdef";

	@TempDir
	static Path keys;

	@TempDir
	Path kiosk;

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T09:00:00Z");

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private FakeCentral central;

	@BeforeAll
	static void certificates() throws Exception {
		for (String alias : List.of("central", "other")) {
			keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
					"CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2", "-keystore", alias + ".p12",
					"-storetype", "PKCS12", "-storepass", PASSWORD);
			keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", alias + ".p12", "-storepass", PASSWORD,
					"-file", alias + ".pem");
		}
	}

	@BeforeEach
	void kioskWithALog() throws IOException {
		String url = "jdbc:h2:file:" + this.kiosk.resolve("cloakroom");
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations(MigrationLocations.of(MigrationLocations.H2))
			.load()
			.migrate();
		SingleConnectionDataSource database = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			JdbcClient jdbc = JdbcClient.create(database);
			for (long sequence = 1; sequence <= 2; sequence++) {
				jdbc.sql("INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash,"
						+ " hash) VALUES (?, CURRENT_TIMESTAMP, 'Tested', 'kiosk', FALSE, '{}', ?, ?)")
					.params(sequence, hash(sequence - 1), hash(sequence))
					.update();
			}
			jdbc.sql("UPDATE audit_chain_head SET last_sequence = 2, last_hash = ? WHERE id = 1")
				.param(hash(2))
				.update();
		}
		finally {
			database.destroy();
		}
		Files.writeString(this.kiosk.resolve("owner.password"), "\n");
		Files.createDirectories(this.kiosk.resolve("checkpoints"));
		Files.writeString(this.kiosk.resolve("checkpoints/signing-key-" + KEY_ID + ".pem"),
				"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n");
	}

	@AfterEach
	void stopCentral() {
		if (this.central != null) {
			this.central.close();
		}
	}

	@Test
	void joinsAndWritesTheSecretsOwnerOnly() throws Exception {
		this.central = FakeCentral.plain();
		this.central.acceptsJoinCode(CODE, "valid");

		int exit = join(this.central, CODE);

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(this.central.joinRequest().sequence()).as("the log's head").isEqualTo(2);
		assertThat(this.central.joinRequest().hash()).as("the head's hash: central's chain links to it")
			.isEqualTo(hash(2));
		assertThat(this.central.joinRequest().signingKeys()).singleElement()
			.satisfies((key) -> assertThat(key.id()).isEqualTo(KEY_ID));
		for (String secret : List.of(FleetSecrets.TOKEN, FleetSecrets.WRAPPING_KEY, FleetSecrets.MEMBERSHIP)) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets().resolve(secret))))
				.as(secret)
				.isEqualTo("rw-------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets()))).isEqualTo("rwx------");
		FleetSecrets written = new FleetSecrets(new SecretFiles(new SecretsProperties(secrets())));
		assertThat(written.membership()).isEqualTo(new Membership(this.central.address(), FakeCentral.KIOSK,
				"east-wing-1", "HQ", null, 2, Instant.parse("2026-12-07T09:00:00Z")));
		assertThat(written.token().secret()).isEqualTo(FakeCentral.TOKEN_SECRET);
		assertThat(written.wrappingKey()).hasValueSatisfying((key) -> assertThat(key).hasSize(32));
		assertThat(this.out.toString()).contains("as kiosk 7 (east-wing-1, site HQ)")
			.contains("the kiosk forwards its log to central after its next start");
	}

	@Test
	void refusesAnUnknownCodeInOneSentenceWritingNothing() throws Exception {
		this.central = FakeCentral.plain();

		assertRefused(join(this.central, CODE), "knows no such join code");
	}

	@Test
	void refusesAnExpiredCode() throws Exception {
		this.central = FakeCentral.plain();
		this.central.acceptsJoinCode(CODE, "expired");

		assertRefused(join(this.central, CODE), "the join code has expired (a code is good for 24 hours)");
	}

	@Test
	void refusesACodeUsedAlready() throws Exception {
		this.central = FakeCentral.plain();
		this.central.acceptsJoinCode(CODE, "valid");
		assertThat(join(this.central, CODE)).isZero();
		Files.walk(secrets()).sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());

		assertRefused(join(this.central, CODE), "the join code was used already");
	}

	@Test
	void refusesACentralThatCannotBeReached() throws Exception {
		this.central = FakeCentral.plain();
		this.central.stop();

		assertRefused(join(this.central, CODE), "cannot be reached");
		this.central = null;
	}

	@Test
	void joinsOverTlsTrustingCentralsCertificateAndRefusesAnotherNamingTheTrustFile() throws Exception {
		this.central = FakeCentral.tls(keys.resolve("central.p12"), PASSWORD);
		this.central.acceptsJoinCode(CODE, "valid");
		Path other = keys.resolve("other.pem");

		assertRefused(join(this.central, CODE, "--trust", other.toString()), "is not trusted");
		assertThat(this.err.toString()).contains("--trust " + other);

		this.err.getBuffer().setLength(0);
		assertThat(join(this.central, CODE, "--trust", keys.resolve("central.pem").toString())).as(this.err.toString())
			.isZero();
		assertThat(new FleetSecrets(new SecretFiles(new SecretsProperties(secrets()))).membership().trust())
			.isEqualTo(keys.resolve("central.pem").toAbsolutePath());
	}

	@Test
	void refusesPlainHttpToAnotherMachine() {
		int exit = FieldTools.commandLine(new PrintWriter(this.out), new PrintWriter(this.err), this.clock)
			.execute("fleet", "join", "--central", "http://central.example.org/", "--code", CODE);

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("--central http://central.example.org/")
			.contains("must be an https:// URL");
	}

	private void assertRefused(int exit, String words) {
		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString().lines()).as("one line")
			.singleElement()
			.asString()
			.startsWith("error: ")
			.contains(words)
			.endsWith("nothing was written");
		assertThat(Files.exists(secrets().resolve(FleetSecrets.MEMBERSHIP))).as("nothing written").isFalse();
		assertThat(Files.exists(secrets().resolve(FleetSecrets.TOKEN))).isFalse();
	}

	private int join(FakeCentral central, String code, String... more) {
		List<String> args = new ArrayList<>(List.of("fleet", "join", "--central", central.address().toString(),
				"--code", code, "--db", this.kiosk.resolve("cloakroom.mv.db").toString(), "--password-file",
				this.kiosk.resolve("owner.password").toString(), "--checkpoints",
				this.kiosk.resolve("checkpoints").toString(), "--secrets", secrets().toString()));
		args.addAll(List.of(more));
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true), this.clock)
			.execute(args.toArray(String[]::new));
	}

	private Path secrets() {
		return this.kiosk.resolve("secrets");
	}

	private static String hash(long sequence) {
		return String.format("%064d", sequence);
	}

	private static void keytool(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		Process keytool = new ProcessBuilder(command).directory(keys.toFile()).redirectErrorStream(true).start();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		keytool.getInputStream().transferTo(output);
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as("keytool %s: %s", arguments, output).isZero();
	}

}
