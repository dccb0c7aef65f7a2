package org.cloakroom.kiosk.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: entries older than {@code cloakroom.audit.retention} are written to an
 * archive (gzip JSON lines, {@code archives/} in the checkpoint directory), a checkpoint
 * at the archive's last entry is signed, and then, in one transaction, the archive is
 * recorded ({@code audit_archive}, which lets the database delete exactly those entries),
 * audited ({@link AuditArchived}) and the entries removed. The newest entry always stays.
 * Nothing is archived while the last verification found the log broken, nor from the
 * first entry an {@link ArchiveHold} (the SIEM's forwarder) still needs.
 */
@Component
class Archiver {

	private static final Logger log = LoggerFactory.getLogger(Archiver.class);

	private final AuditTable table;

	private final Checkpointer checkpointer;

	private final AuditProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ObjectProvider<ArchiveHold> holds;

	Archiver(AuditTable table, Checkpointer checkpointer, AuditProperties properties, Clock clock,
			ApplicationEventPublisher events, TransactionTemplate transactions, ObjectProvider<ArchiveHold> holds) {
		this.holds = holds;
		this.table = table;
		this.checkpointer = checkpointer;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${cloakroom.audit.verify-interval:1h}", fixedDelayString = "1d")
	void archiveOnSchedule() {
		try {
			archive().ifPresent((archived) -> log.info("Audit entries {} to {} archived to {}", archived.fromSequence(),
					archived.toSequence(), archived.file()));
		}
		catch (RuntimeException ex) {
			log.error("Could not archive old audit entries: {}", ex.getMessage(), ex);
		}
	}

	/**
	 * Archives and removes what is older than the retention; what was archived, if any.
	 */
	synchronized Optional<AuditArchived> archive() {
		if (this.checkpointer.lastVerificationBroken()) {
			log.warn("No audit entries archived: the last verification found the log broken");
			return Optional.empty();
		}
		Instant cutoff = this.clock.instant().minus(this.properties.retention());
		long head = this.table.head().lastSequence();
		long from = this.table.archived().map((prefix) -> prefix.toSequence() + 1).orElse(1L);
		Optional<Long> old = this.table.lastRecordedBefore(cutoff);
		if (old.isEmpty() || Math.min(old.get(), head - 1) < from) {
			return Optional.empty();
		}
		long to = Math.min(Math.min(old.get(), head - 1), heldFrom() - 1);
		if (to < from) {
			return Optional.empty();
		}
		List<AuditEntry> first = this.table.firstUpTo(from, 1);
		String previousHash = first.isEmpty() ? CanonicalForm.GENESIS_HASH : first.get(0).previousHash();
		String lastHash = this.table.between(to - 1, to, 1).get(0).hash();
		String name = String.format("audit-%012d-%012d.jsonl.gz", from, to);
		Path file = this.properties.checkpointDir().resolve("archives").resolve(name);
		String sha256 = ArchiveFile.write(file, from, to, this.table.keyedFrom(), previousHash,
				(sink) -> copy(from, to, sink));
		Checkpoint checkpoint = this.checkpointer.signAt(to, lastHash).checkpoint();
		AuditArchived archived = new AuditArchived(from, to, lastHash, "archives/" + name, sha256,
				checkpoint.signature());
		this.transactions.executeWithoutResult((status) -> {
			this.table.recordArchive(to, lastHash, "archives/" + name,
					this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			this.events.publishEvent(archived);
			this.table.deleteUpTo(to);
		});
		return Optional.of(archived);
	}

	/** The first entry a reader still needs (the SIEM's forwarder, say). */
	private long heldFrom() {
		return this.holds.orderedStream().mapToLong(ArchiveHold::firstNeeded).min().orElse(Long.MAX_VALUE);
	}

	private void copy(long from, long to, Consumer<AuditEntry> sink) {
		long after = from - 1;
		while (after < to) {
			List<AuditEntry> page = this.table.between(after, to, ChainWalk.PAGE);
			if (page.isEmpty()) {
				break;
			}
			page.forEach(sink);
			after = page.get(page.size() - 1).sequence();
		}
	}

}
