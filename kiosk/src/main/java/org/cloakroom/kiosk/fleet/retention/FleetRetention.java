package org.cloakroom.kiosk.fleet.retention;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.CentralHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of kiosks' entries centrally: every monthly partition of {@code fleet_event}
 * that ended more than {@code cloakroom.fleet.retention} ago is, in one transaction that
 * keeps writers out of it, written to an archive file (synced), recorded in
 * {@code fleet_archive}, audited ({@link FleetPartitionArchived}), and only then detached
 * and dropped. A partition whose archive could not be written stays, whole; the current
 * month and the DEFAULT partition are never touched.
 */
@Component
@CentralHome
class FleetRetention {

	private static final Logger log = LoggerFactory.getLogger(FleetRetention.class);

	private final PartitionTable table;

	private final FleetRetentionProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	FleetRetention(PartitionTable table, FleetRetentionProperties properties, Clock clock,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.table = table;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "1h", fixedDelayString = "1d")
	void archiveOnSchedule() {
		try {
			archiveOldMonths();
		}
		catch (RuntimeException ex) {
			log.error("Could not look for old months of kiosk entries to archive: {}", ex.getMessage(), ex);
		}
	}

	/** Archives and drops each month older than the retention; those it archived. */
	synchronized List<FleetPartitionArchived> archiveOldMonths() {
		Instant now = this.clock.instant();
		Instant thisMonth = YearMonth.from(now.atOffset(ZoneOffset.UTC))
			.atDay(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		Instant retained = now.minus(this.properties.retention());
		Instant cutoff = retained.isBefore(thisMonth) ? retained : thisMonth;
		List<FleetPartitionArchived> archived = new ArrayList<>();
		for (FleetPartition partition : this.table.partitions()) {
			if (!partition.endsBy(cutoff)) {
				continue;
			}
			try {
				archived.add(archive(partition));
				log.info("Kiosk entries of {} archived and the partition dropped", partition.table());
			}
			catch (RuntimeException ex) {
				log.error("Partition {} kept: {}", partition.table(), ex.getMessage(), ex);
			}
		}
		return archived;
	}

	private FleetPartitionArchived archive(FleetPartition partition) {
		return this.transactions.execute((status) -> {
			this.table.lockAgainstWrites(partition);
			long count = this.table.count(partition);
			Path file = this.properties.archiveDir().resolve(partition.archiveName());
			PartitionArchiveFile.Written written = PartitionArchiveFile.write(file,
					PartitionArchiveFile.Header.of(partition, count), (sink) -> this.table.entries(partition, sink));
			if (written.entries() != count) {
				throw new IllegalStateException("The archive " + file + " holds " + written.entries()
						+ " entries where the partition holds " + count);
			}
			FleetPartitionArchived archived = new FleetPartitionArchived(partition.table(), partition.from(),
					partition.to(), count, file.toString(), written.sha256());
			this.table.recordArchive(archived, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			this.events.publishEvent(archived);
			this.table.detachAndDrop(partition);
			return archived;
		});
	}

}
