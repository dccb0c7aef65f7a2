package org.cloakroom.kiosk.fleet.forward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.CheckpointFiles;
import org.cloakroom.kiosk.fleet.forward.ForwardingCursorTable.Cursor;
import org.cloakroom.kiosk.fleet.wire.ChainPosition;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.SigningKey;

/**
 * The audit log read as the outbox: the next batch after the forwarding cursor, with the
 * log's head, the checkpoints not sent yet up to the batch's last entry (and their
 * signing keys), and {@code gapFrom} when the log no longer holds what follows the
 * cursor.
 */
final class Outbox {

	private final AuditLog auditLog;

	private final int batchSize;

	Outbox(AuditLog auditLog, int batchSize) {
		this.auditLog = auditLog;
		this.batchSize = batchSize;
	}

	/** The next batch after {@code cursor}; without entries, a heartbeat. */
	Batch next(Cursor cursor) {
		List<AuditEntry> entries = read(cursor.acknowledged());
		long last = entries.isEmpty() ? cursor.acknowledged() : entries.get(entries.size() - 1).sequence();
		List<Checkpoint> checkpoints = checkpoints(cursor, last);
		EventBatch batch = new EventBatch(head(), entries.stream().map(ForwardedEntry::of).toList(),
				checkpoints.stream().map(Checkpoint::text).toList(), signingKeys(checkpoints),
				gapFrom(cursor, entries));
		long checkpointSequence = checkpoints.isEmpty() ? cursor.checkpointSequence()
				: checkpoints.get(checkpoints.size() - 1).sequence();
		return new Batch(batch, last, checkpointSequence, entries.size() == this.batchSize);
	}

	/**
	 * @param last the sequence of its last entry (the cursor's, for a heartbeat)
	 * @param checkpointSequence the newest checkpoint it carries, or the cursor's
	 * @param full whether it is a full batch, so that more may wait
	 */
	record Batch(EventBatch batch, long last, long checkpointSequence, boolean full) {

		boolean heartbeat() {
			return this.batch.entries().isEmpty();
		}

	}

	/**
	 * Up to a batch of entries after {@code sequence}, in reads of at most the log's
	 * limit.
	 */
	private List<AuditEntry> read(long sequence) {
		List<AuditEntry> entries = new ArrayList<>();
		long after = sequence;
		while (entries.size() < this.batchSize) {
			List<AuditEntry> page = this.auditLog.after(after, this.batchSize - entries.size());
			if (page.isEmpty()) {
				break;
			}
			entries.addAll(page);
			after = page.get(page.size() - 1).sequence();
		}
		return entries;
	}

	private ChainPosition head() {
		List<AuditEntry> newest = this.auditLog.latest(1);
		return newest.isEmpty() ? new ChainPosition(0, "")
				: new ChainPosition(newest.get(0).sequence(), newest.get(0).hash());
	}

	/**
	 * When the log no longer holds the entries after the cursor (retention archived them
	 * before the kiosk joined, or central rewound past them), the batch says so.
	 */
	private static Long gapFrom(Cursor cursor, List<AuditEntry> entries) {
		long expected = cursor.acknowledged() + 1;
		return (!entries.isEmpty() && entries.get(0).sequence() > expected) ? expected : null;
	}

	/**
	 * The checkpoints not sent yet up to {@code last}: one per sequence, the first
	 * signed.
	 */
	private List<Checkpoint> checkpoints(Cursor cursor, long last) {
		CheckpointFiles files = this.auditLog.checkpointFiles();
		Map<Long, Checkpoint> bySequence = new LinkedHashMap<>();
		for (Checkpoint checkpoint : files.checkpoints(cursor.checkpointSequence(), last)) {
			bySequence.putIfAbsent(checkpoint.sequence(), checkpoint);
		}
		return List.copyOf(bySequence.values());
	}

	private List<SigningKey> signingKeys(List<Checkpoint> checkpoints) {
		if (checkpoints.isEmpty()) {
			return List.of();
		}
		Map<String, String> published = this.auditLog.checkpointFiles().publicKeys();
		return checkpoints.stream()
			.map(Checkpoint::signingKey)
			.distinct()
			.filter(published::containsKey)
			.map((id) -> new SigningKey(id, published.get(id)))
			.toList();
	}

}
