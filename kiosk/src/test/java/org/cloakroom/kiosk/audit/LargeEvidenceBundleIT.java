package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.audit.evidence.BundleReport;
import org.cloakroom.kiosk.audit.evidence.BundleVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bundle of many entries (more than one page of the log's reads): it is streamed,
 * verifies whole with the chain key, and the time and the heap's peak of the export and
 * of the verification are printed. {@code -Devidence.entries=100000} (default 6,000) with
 * a small heap ({@code -DargLine=-Xmx160m}) is the BENCHMARKS.md measurement.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/large-evidence-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class LargeEvidenceBundleIT {

	private static final int ENTRIES = Integer.getInteger("evidence.entries", 6_000);

	@TempDir
	Path temp;

	@Autowired
	EvidenceExport export;

	@Autowired
	AuditKeys keys;

	@Autowired
	AuditProperties properties;

	JdbcTemplate jdbc;

	@Autowired
	void connectAsOwner(ApplicationContext context) {
		this.jdbc = DatabaseOwnerLogin.jdbcTemplate(context);
	}

	@Test
	void aBundleOfManyEntriesIsStreamedAndVerifiesWhole() throws IOException {
		AuditTestTables.reset(this.jdbc);
		FileSystemUtils.deleteRecursively(this.properties.checkpointDir().toFile());
		appendInBatches(ENTRIES);
		Path bundle = this.temp.resolve("large.zip");

		resetPeaks();
		long started = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(bundle)) {
			this.export.prepare(new EvidenceSelection(null, null, 1L, (long) ENTRIES)).writeTo(out, "olga");
		}
		Duration exported = Duration.ofNanos(System.nanoTime() - started);
		long exportPeak = peakHeap();

		resetPeaks();
		started = System.nanoTime();
		BundleReport report = BundleVerification.verify(bundle, List.of(this.keys.checkpointKey()),
				(id) -> java.util.Optional.of(this.keys.chainKey()).filter((key) -> key.id().equals(id)));
		Duration verified = Duration.ofNanos(System.nanoTime() - started);

		assertThat(report.problems()).isEmpty();
		assertThat(report.events()).isEqualTo(ENTRIES);
		assertThat(report.chainTo()).isEqualTo(ENTRIES);
		System.out.printf(
				"Evidence bundle of %,d entries (%,d bytes): export %d ms, peak heap %d MiB;"
						+ " verification with the chain key %d ms, peak heap %d MiB (max heap %d MiB)%n",
				ENTRIES, Files.size(bundle), exported.toMillis(), exportPeak >> 20, verified.toMillis(),
				peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	/** Valid keyed entries straight into the table, a thousand a batch. */
	private void appendInBatches(int count) {
		ChainKey key = this.keys.chainKey();
		String previous = CanonicalForm.GENESIS_HASH;
		AuditTestTables.dropTriggers(this.jdbc);
		List<Object[]> batch = new ArrayList<>();
		for (long sequence = 1; sequence <= count; sequence++) {
			AuditEntry entry = AuditTestTables.forge(key, sequence,
					"{\"by\":\"olga\",\"n\":" + sequence + ",\"note\":\"" + "x".repeat(200) + "\"}", previous);
			batch.add(new Object[] { entry.sequence(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
					entry.type(), entry.subject(), entry.alert(), entry.details(), entry.previousHash(), entry.hash(),
					entry.keyId() });
			previous = entry.hash();
			if (batch.size() == 1000 || sequence == count) {
				this.jdbc.batchUpdate("INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details,"
						+ " previous_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
				batch.clear();
			}
		}
		this.jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?", count, previous);
		AuditTestTables.createTriggers(this.jdbc);
	}

	private static void resetPeaks() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
