package org.cloakroom.kiosk.audit;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Reads and verifies the audit chain. Appending happens only by publishing an
 * {@link AuditableEvent}. Each read returns at most {@link #MAX_LIMIT} entries, whatever
 * the limit asked for. What each hash covers, so that an officer can re-verify the chain
 * with a script, is documented on {@code CanonicalForm} in this package: the lines
 * sequence, recorded_at ({@code 2026-11-22T08:44:40.120Z}), type, subject, alert, details
 * and previous_hash, joined by {@code \n}, UTF-8, HMAC-SHA-256 with the chain key in
 * lower-case hex; the checkpoint files' format on {@link Checkpoint}.
 */
@Service
public class AuditLog {

	/** The most entries one read returns. */
	public static final int MAX_LIMIT = 500;

	private final AuditTable table;

	private final AuditKeys keys;

	private final CheckpointDirectory checkpoints;

	AuditLog(AuditTable table, AuditKeys keys, AuditProperties properties) {
		this.table = table;
		this.keys = keys;
		this.checkpoints = new CheckpointDirectory(properties.checkpointDir());
	}

	/**
	 * The newest entries, newest first.
	 * @throws AuditRefusal if the limit is less than 1
	 */
	public List<AuditEntry> latest(int limit) {
		return this.table.newest(clamp(limit));
	}

	/**
	 * Entries after the given sequence number, oldest first.
	 * @throws AuditRefusal if the limit is less than 1
	 */
	public List<AuditEntry> after(long sequence, int limit) {
		return this.table.after(sequence, clamp(limit));
	}

	/** Entries about one subject, oldest first: the most recent {@code limit} of them. */
	public List<AuditEntry> about(AuditSubject subject, int limit) {
		return about(subject.text(), limit);
	}

	/**
	 * Entries about one subject as the log records it ({@code locker:7}), oldest first:
	 * the most recent {@code limit} of them. By text, so that subjects of kinds no event
	 * records any more are still found.
	 * @throws AuditRefusal if the subject is blank or the limit less than 1
	 */
	public List<AuditEntry> about(String subject, int limit) {
		if (subject == null || subject.isBlank()) {
			throw AuditRefusal.subjectMissing(subject);
		}
		return this.table.newestAbout(subject, clamp(limit));
	}

	/** The signed checkpoints and their public keys, as written beside the log. */
	public CheckpointFiles checkpointFiles() {
		return CheckpointFiles.of(this.checkpoints);
	}

	/**
	 * Walks the whole chain, checks it against the signed checkpoints, and names the
	 * first entry that was edited, deleted, inserted or re-hashed, or the checkpoint that
	 * is missing or altered.
	 */
	public ChainVerification verify() {
		return new ChainWalk(this.table, this.keys.chainKeys(),
				new CheckpointCheck(this.checkpoints, this.keys::trustedCheckpointKey))
			.run();
	}

	private static int clamp(int limit) {
		if (limit < 1) {
			throw AuditRefusal.limitTooSmall(limit);
		}
		return Math.min(limit, MAX_LIMIT);
	}

}
