package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Evidence bundles exported from a real log and verified offline with
 * {@code audit verify --bundle} (the field tool's command line, in process): intact
 * bundles verify; any byte altered in any file, entries dropped, inserted or reordered,
 * an edit re-signed by someone holding the signing key, and a swapped public key are
 * named; no secret is inside.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/evidence-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class EvidenceBundleIT {

	@TempDir
	Path temp;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	EvidenceExport export;

	@Autowired
	AuditLog log;

	@Autowired
	AuditKeys keys;

	@Autowired
	Checkpointer checkpointer;

	@Autowired
	AuditProperties properties;

	@Autowired
	SecretFiles secrets;

	@Autowired
	MutableClock clock;

	JdbcTemplate jdbc;

	private Instant start;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Autowired
	void connectAsOwner(ApplicationContext context) {
		this.jdbc = DatabaseOwnerLogin.jdbcTemplate(context);
	}

	/**
	 * Entries 1-5, a checkpoint at 5 (recorded as entry 6), an hour later entries 7-9,
	 * another hour later entries 10-12; no checkpoint after 5.
	 */
	@BeforeEach
	void aLogWithACheckpointBeforeTheEntriesOfInterest() {
		AuditTestTables.reset(this.jdbc);
		FileSystemUtils.deleteRecursively(this.properties.checkpointDir().toFile());
		this.start = this.clock.instant();
		append(1, 5);
		this.checkpointer.sign().orElseThrow();
		this.clock.advance(Duration.ofHours(1));
		append(7, 9);
		this.clock.advance(Duration.ofHours(1));
		append(10, 12);
	}

	@Test
	void aBundleVerifiesWithTheKiosksPublicKeyAndChainKeyAndItsExportIsAudited() throws IOException {
		Path bundle = export(new EvidenceSelection(null, null, 7L, 9L));

		assertThat(verify(bundle, "--public-key", publicKey(), "--key", chainKey())).as("%s%s", this.out, this.err)
			.isZero();
		assertThat(this.out.toString().lines()).singleElement()
			.asString()
			.startsWith("intact: evidence bundle " + bundle.getFileName()
					+ ": 3 selected entries, chain proof of entries 6 to 12 linked between signed checkpoints,"
					+ " manifest signed by key " + this.keys.checkpointKey().id())
			.doesNotContain("not checked", "taken from the bundle");
		EvidenceZip zip = EvidenceZip.read(bundle);
		assertThat(zip.files.keySet()).containsExactly("events.jsonl", "chain.jsonl",
				"checkpoints/" + checkpointFile(5), "checkpoints/" + checkpointFile(12),
				"keys/signing-key-" + this.keys.checkpointKey().id() + ".pem", "README.txt", "bundle.json",
				"manifest.txt", "manifest.sig");
		assertThat(zip.text("README.txt")).contains("the 3 selected audit log entries");
		assertThat(zip.text("bundle.json")).contains("\"events\":3");
		assertThat(zip.text("events.jsonl").lines()).hasSize(3)
			.allSatisfy((line) -> assertThat(line).contains("\"type\":\"DoorTested\""));
		AuditEntry exported = this.log.latest(1).get(0);
		assertThat(exported.type()).isEqualTo("EvidenceExported");
		assertThat(exported.subject()).isEqualTo("console-user:olga");
		assertThat(exported.details()).contains("\"by\":\"olga\"", "\"firstEntry\":7", "\"lastEntry\":9",
				"\"entries\":3", "\"manifestSha256\":\""
						+ HexFormat.of().formatHex(EvidenceZip.sha256(zip.files.get("manifest.txt"))) + "\"");
	}

	@Test
	void signsACheckpointAfterTheSelectionOnlyWhenNoneFollowsIt() throws IOException {
		Path first = export(new EvidenceSelection(null, null, 1L, 3L));
		assertThat(checkpointFiles()).as("the checkpoint at 5 follows entries 1-3").hasSize(1);
		assertThat(verify(first, "--public-key", publicKey())).as("%s%s", this.out, this.err).isZero();
		assertThat(this.out.toString()).contains("chain proof of entries 1 to 5");

		export(new EvidenceSelection(null, null, 10L, null));
		assertThat(checkpointFiles()).as("signed at the head, entry 13").hasSize(2);
	}

	@Test
	void aTimeRangeHoldsTheEntriesRecordedInItOnly() throws IOException {
		Path bundle = export(new EvidenceSelection(this.start.plus(Duration.ofMinutes(30)),
				this.start.plus(Duration.ofMinutes(90)), null, null));

		assertThat(verify(bundle, "--public-key", publicKey(), "--key", chainKey())).as("%s%s", this.out, this.err)
			.isZero();
		EvidenceZip zip = EvidenceZip.read(bundle);
		assertThat(zip.text("events.jsonl").lines().map((line) -> line.replaceAll(".*\"sequence\":(\\d+).*", "$1")))
			.containsExactly("7", "8", "9");
		assertThat(zip.text("chain.jsonl").lines().filter((line) -> line.contains("\"selected\":true"))).hasSize(3);
		assertThat(zip.text("README.txt")).contains("entries recorded from " + this.start.plus(Duration.ofMinutes(30)));
	}

	@Test
	void withoutThePublicKeyNamesTheFingerprintOfTheKeyTakenFromTheBundle() throws IOException {
		Path bundle = export(new EvidenceSelection(null, null, 7L, 9L));

		assertThat(verify(bundle)).as("%s%s", this.out, this.err).isZero();
		assertThat(this.out.toString()).contains("SHA-256 fingerprint " + this.keys.checkpointKey().fingerprint(),
				"a key taken from the bundle: give the kiosk's --public-key",
				"(entries' own hashes not checked: no --key)");
	}

	@Test
	void everyByteOfEveryFileAlteredIsNamed() throws IOException {
		EvidenceZip intact = EvidenceZip.read(export(new EvidenceSelection(null, null, 7L, 9L)));
		List<String> unnamed = new ArrayList<>();
		for (String file : intact.files.keySet()) {
			int size = intact.files.get(file).length;
			for (int offset : offsets(size)) {
				EvidenceZip altered = intact.copy();
				altered.files.get(file)[offset] ^= 0x01;
				int exit = verify(altered.write(this.temp.resolve("altered.zip")), "--public-key", publicKey(), "--key",
						chainKey());
				if (exit != 1 || !this.out.toString().contains(file)) {
					unnamed.add(file + " byte " + offset + ": exit " + exit + ", " + this.out + this.err);
				}
			}
		}
		assertThat(unnamed).as("alterations not found, or found without naming the file").isEmpty();
	}

	@Test
	void anAlteredEntryIsNamedByItsSequence() throws IOException {
		EvidenceZip zip = EvidenceZip.read(export(new EvidenceSelection(null, null, 7L, 9L)));
		zip.text("events.jsonl", zip.text("events.jsonl").replace("\\\"n8\\\"", "\\\"m8\\\""));

		assertThat(verify(zip.write(this.temp.resolve("edited.zip")), "--public-key", publicKey()))
			.as("%s%s", this.out, this.err)
			.isEqualTo(1);
		assertThat(this.out.toString().lines()).contains(
				"broken: events.jsonl: altered: its SHA-256 differs from the one manifest.txt lists",
				"broken: events.jsonl line 2 (entry 8): altered: its content differs from the contentSha256"
						+ " chain.jsonl gives it");
	}

	@Test
	void anEditReSignedWithTheSigningKeyIsFoundByTheChainKey() throws IOException {
		EvidenceZip zip = EvidenceZip.read(export(new EvidenceSelection(null, null, 7L, 9L)));
		String edited = zip.text("events.jsonl").replace("\\\"n8\\\"", "\\\"m8\\\"");
		AuditEntry entry8 = this.log.after(7, 1).get(0);
		String digest = CanonicalForm.plainHash(CanonicalForm.lines(new AuditEntry(8, entry8.at(), entry8.type(),
				entry8.subject(), entry8.alert(), entry8.details().replace("\"n8\"", "\"m8\""), entry8.previousHash(),
				entry8.hash(), entry8.keyId())));
		String chain = zip.text("chain.jsonl")
			.lines()
			.map((line) -> line.contains("\"hash\":\"" + entry8.hash() + "\"")
					? line.replaceAll("(\"contentSha256\":\")[0-9a-f]{64}", "$1" + digest) : line)
			.collect(Collectors.joining("\n", "", "\n"));
		zip.text("events.jsonl", edited).text("chain.jsonl", chain).resigned(this::signAsTheKiosk);
		Path bundle = zip.write(this.temp.resolve("resigned.zip"));

		assertThat(verify(bundle, "--public-key", publicKey())).as("without the chain key: %s", this.out).isZero();
		assertThat(verify(bundle, "--public-key", publicKey(), "--key", chainKey())).isEqualTo(1);
		assertThat(this.out.toString().lines())
			.containsExactly("broken: events.jsonl line 2 (entry 8): altered: its HMAC" + " with chain key "
					+ this.keys.chainKey().id() + " does not match its content");
	}

	@Test
	void droppedInsertedAndReorderedEntriesAreNamedEvenWhenTheManifestIsReSigned() throws IOException {
		EvidenceZip intact = EvidenceZip.read(export(new EvidenceSelection(null, null, 7L, 9L)));
		List<String> events = intact.text("events.jsonl").lines().toList();
		List<String> links = intact.text("chain.jsonl").lines().toList();

		assertProblems(intact, "events.jsonl", lines(events.get(0), events.get(2)),
				"broken: events.jsonl (entry 8): missing: chain.jsonl marks entry 8 selected");
		assertProblems(intact, "events.jsonl", lines(events.get(0), events.get(1), events.get(1), events.get(2)),
				"broken: events.jsonl line 3 (entry 8): comes after entry 8: out of order or repeated");
		assertProblems(intact, "events.jsonl", lines(events.get(0), events.get(2), events.get(1)),
				"broken: events.jsonl (entry 8): missing: chain.jsonl marks entry 8 selected",
				"broken: events.jsonl line 3 (entry 8): comes after entry 9: out of order or repeated");
		assertProblems(intact, "chain.jsonl",
				lines(links.get(0), links.get(1), links.get(3), links.get(4), links.get(5), links.get(6)),
				"broken: chain.jsonl line 3 (entry 9): follows entry 7: entry 8 is missing",
				"broken: events.jsonl line 2 (entry 8): is not in chain.jsonl: inserted");
		String forged = links.get(4).replaceAll("\"hash\":\"[0-9a-f]{64}\"", "\"hash\":\"" + "f".repeat(64) + "\"");
		assertProblems(intact, "chain.jsonl",
				lines(links.get(0), links.get(1), links.get(2), links.get(3), forged, links.get(5), links.get(6)),
				"broken: chain.jsonl line 6 (entry 11): its previous hash is not entry 10's hash: an entry was altered,"
						+ " inserted or dropped");
	}

	@Test
	void aSwappedPublicKeyIsNamedWhenTheKiosksKeyIsGiven() throws IOException {
		EvidenceZip zip = EvidenceZip.read(export(new EvidenceSelection(null, null, 7L, 9L)));
		CheckpointKey forger = CheckpointKey.parse(CheckpointKey.generate(), "the forger's key");
		String kiosk = this.keys.checkpointKey().id();
		for (String name : List.copyOf(zip.files.keySet())) {
			if (name.startsWith("checkpoints/")) {
				Checkpoint original = Checkpoint.parse(name, zip.text(name));
				Checkpoint unsigned = new Checkpoint(original.sequence(), original.hash(), original.signedAt(),
						original.keyId(), original.keyedFrom(), forger.id(), null);
				zip.text(name,
						unsigned.signed(Base64.getEncoder().encodeToString(forger.sign(unsigned.signedMessage())))
							.text());
			}
		}
		zip.files.remove("keys/signing-key-" + kiosk + ".pem");
		zip.files.put("keys/signing-key-" + forger.id() + ".pem", forger.publicPem().getBytes(StandardCharsets.UTF_8));
		zip.text("bundle.json", zip.text("bundle.json").replace(kiosk, forger.id())).resigned(forger::sign);
		Path bundle = zip.write(this.temp.resolve("swapped.zip"));

		assertThat(verify(bundle)).as("trusting the bundle's key: %s", this.out).isZero();
		assertThat(this.out.toString()).contains("fingerprint " + forger.fingerprint(), "taken from the bundle");
		assertThat(verify(bundle, "--public-key", publicKey())).isEqualTo(1);
		assertThat(this.out.toString()).contains("broken: manifest.sig: signed by key " + forger.id()
				+ ", which is not a key given with --public-key (" + kiosk + "): the public key was swapped");
	}

	@Test
	void holdsNoSecretKeyOfTheKiosk() throws IOException {
		EvidenceZip zip = EvidenceZip.read(export(new EvidenceSelection(null, null, 1L, 12L)));
		String chainKey = Files.readString(this.secrets.path("audit-chain.key")).strip();
		byte[] chainKeyBytes = Base64.getUrlDecoder().decode(chainKey);
		String signingKey = Files.readAllLines(this.secrets.path("audit-checkpoint.key")).get(0).strip();
		List<String> forms = List.of(chainKey, HexFormat.of().formatHex(chainKeyBytes),
				Base64.getEncoder().withoutPadding().encodeToString(chainKeyBytes), signingKey,
				HexFormat.of().formatHex(Base64.getDecoder().decode(signingKey)));

		for (Map.Entry<String, byte[]> file : zip.files.entrySet()) {
			String text = new String(file.getValue(), StandardCharsets.ISO_8859_1);
			String hex = HexFormat.of().formatHex(file.getValue());
			assertThat(forms).as(file.getKey()).noneMatch((form) -> text.contains(form) || hex.contains(form));
		}
	}

	@Test
	void refusesARangeThatHoldsNoEntry() {
		assertThatExceptionOfType(AuditRefusal.class)
			.isThrownBy(() -> this.export.prepare(new EvidenceSelection(null, null, 100L, 200L)))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("evidence-nothing-selected"));
		assertThatExceptionOfType(AuditRefusal.class)
			.isThrownBy(() -> new EvidenceSelection(this.start, this.start, null, null))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("evidence-range-reversed"));
	}

	/**
	 * Replaces a file, re-signs the manifest as the kiosk, and expects these problems.
	 */
	private void assertProblems(EvidenceZip intact, String file, String text, String... problems) throws IOException {
		EvidenceZip altered = intact.copy().text(file, text).resigned(this::signAsTheKiosk);

		assertThat(verify(altered.write(this.temp.resolve("altered.zip")), "--public-key", publicKey()))
			.as("%s%s", this.out, this.err)
			.isEqualTo(1);
		assertThat(this.out.toString().lines()).as(file).contains(problems);
	}

	private byte[] signAsTheKiosk(byte[] message) {
		return this.keys.checkpointKey().sign(message);
	}

	private static String lines(String... lines) {
		return String.join("\n", lines) + "\n";
	}

	/** Every offset of a small file; of a larger one, 200 spread over it and its last. */
	private static List<Integer> offsets(int size) {
		if (size <= 400) {
			return Stream.iterate(0, (i) -> i + 1).limit(size).toList();
		}
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			offsets.add((int) ((long) i * size / 200));
		}
		offsets.add(size - 1);
		return offsets;
	}

	private Path export(EvidenceSelection selection) throws IOException {
		EvidenceBundle bundle = this.export.prepare(selection);
		Path file = this.temp.resolve(bundle.fileName());
		try (OutputStream out = Files.newOutputStream(file)) {
			bundle.writeTo(out, "olga");
		}
		return file;
	}

	private int verify(Path bundle, String... options) {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		String[] args = Stream.concat(Stream.of("audit", "verify", "--bundle", bundle.toString()), Stream.of(options))
			.toArray(String[]::new);
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	private String publicKey() {
		return this.properties.checkpointDir()
			.resolve("signing-key-" + this.keys.checkpointKey().id() + ".pem")
			.toString();
	}

	private String chainKey() {
		return this.secrets.path("audit-chain.key").toString();
	}

	private List<String> checkpointFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.properties.checkpointDir())) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith("checkpoint-"))
				.toList();
		}
	}

	private String checkpointFile(long sequence) throws IOException {
		String prefix = String.format("checkpoint-%012d-", sequence);
		return checkpointFiles().stream().filter((name) -> name.startsWith(prefix)).findFirst().orElseThrow();
	}

	private void append(int from, int to) {
		for (int i = from; i <= to; i++) {
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-11-22T08:00:00Z");
		}

	}

}
