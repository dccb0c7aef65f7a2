package org.cloakroom.kiosk.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;

/**
 * One verification of the chain: reads the checkpoint files, then the chain head, then
 * walks the entries up to it page by page from the first, comparing each with the
 * checkpoints as it passes, and the last one with the head. Every entry up to the head
 * committed before the head was read (an append writes both in one transaction), so no
 * page can meet an entry whose predecessor is still committing; an index scan over
 * entries that are being appended can, and would report an append as a deletion. Entries
 * beyond the head are walked once a newer head names them, and are forged when no head
 * ever does. Checkpoints are of heads that committed before they were signed, so none
 * read before the head can name an entry beyond it.
 */
final class ChainWalk {

	static final int PAGE = 2000;

	private final ChainEntries table;

	private final ChainKeys keys;

	private final CheckpointCheck checkpoints;

	private final Map<String, Mac> macs = new HashMap<>();

	private long keyedFrom;

	private long lastSequence;

	private String lastHash = CanonicalForm.GENESIS_HASH;

	private String hashBeforeLast;

	ChainWalk(ChainEntries table, ChainKeys keys, CheckpointCheck checkpoints) {
		this.table = table;
		this.keys = keys;
		this.checkpoints = checkpoints;
	}

	ChainVerification run() {
		this.checkpoints.load();
		long headKeyedFrom = this.table.keyedFrom();
		// a signed keying start outranks the one in the database
		this.keyedFrom = this.checkpoints.keyedFrom().orElse(headKeyedFrom);
		Optional<ChainEntries.ArchivedPrefix> archived = this.table.archived();
		if (archived.isPresent()) {
			// the chain goes on from the archive's last entry, which a checkpoint vouches
			// for
			this.lastSequence = archived.get().toSequence();
			this.lastHash = archived.get().lastHash();
			ChainVerification problem = this.checkpoints.coversArchive(archived.get());
			if (problem != null) {
				return problem;
			}
		}
		ChainHead head = this.table.head();
		List<AuditEntry> page = this.table.firstUpTo(head.lastSequence(), PAGE);
		while (true) {
			ChainVerification problem = walk(page, head);
			if (problem != null) {
				return problem;
			}
			ChainVerification atHead = against(head);
			List<AuditEntry> beyond = this.table.after(this.lastSequence, 1);
			if (!atHead.intact() || beyond.isEmpty()) {
				return atHead.intact() ? atEnd(headKeyedFrom) : atHead;
			}
			// Entries beyond the head: appended since it was read, or inserted behind the
			// log's back. Waiting for the head's lock lets an append that is still
			// committing finish first, so its entry is never taken for a forged one.
			ChainHead newer = this.table.lockHead();
			if (newer.lastSequence() <= head.lastSequence()) {
				return forged(beyond.get(0), head);
			}
			head = newer;
			page = this.table.between(this.lastSequence, head.lastSequence(), PAGE);
		}
	}

	private ChainVerification atEnd(long headKeyedFrom) {
		ChainVerification problem = this.checkpoints.atEnd(this.lastSequence, headKeyedFrom);
		if (problem != null) {
			return problem;
		}
		return new ChainVerification.Intact(this.lastSequence, this.checkpoints.newest().orElse(null));
	}

	/** An entry that no head names: its own problem, or that the log never wrote it. */
	private ChainVerification forged(AuditEntry entry, ChainHead head) {
		ChainVerification problem = problemWith(entry);
		if (problem != null) {
			return problem;
		}
		return broken(entry.sequence(),
				"Entry " + entry.sequence() + " was not appended by the log: the chain head names entry "
						+ head.lastSequence() + " as the last one.");
	}

	/** Walks {@code page} and the pages after it up to the head's entry. */
	private ChainVerification walk(List<AuditEntry> page, ChainHead head) {
		List<AuditEntry> entries = page;
		while (true) {
			for (AuditEntry entry : entries) {
				ChainVerification problem = problemWith(entry);
				if (problem != null) {
					return problem;
				}
				this.hashBeforeLast = this.lastHash;
				this.lastSequence = entry.sequence();
				this.lastHash = entry.hash();
			}
			if (entries.size() < PAGE) {
				return null;
			}
			entries = this.table.between(this.lastSequence, head.lastSequence(), PAGE);
		}
	}

	/** The entry's problem, or null when it continues the chain. */
	private ChainVerification problemWith(AuditEntry entry) {
		long expected = this.lastSequence + 1;
		if (entry.sequence() < expected) {
			return broken(entry.sequence(),
					"Entry " + entry.sequence() + " is out of place: the chain continues with entry " + expected + ".");
		}
		if (entry.sequence() > expected) {
			return broken(expected, entries(expected, entry.sequence() - 1) + " deleted: the chain goes from "
					+ entryBefore() + " straight to entry " + entry.sequence() + ".");
		}
		if (!entry.previousHash().equals(this.lastHash)) {
			if (entry.previousHash().equals(this.hashBeforeLast)) {
				// it links past the entry before it: that one was put in between
				return new ChainVerification.Broken(this.lastSequence - 1, this.lastSequence, "Entry "
						+ this.lastSequence + " was inserted: entry " + entry.sequence() + " links to "
						+ ((this.lastSequence == 1) ? "the start of the chain" : "entry " + (this.lastSequence - 1))
						+ ", the one before it.");
			}
			return broken(entry.sequence(), "Entry " + entry.sequence() + " does not link to " + entryBefore()
					+ ": its previous hash differs, so it was inserted or an entry before it was replaced.");
		}
		String hashProblem = hashProblem(entry);
		if (hashProblem != null) {
			return broken(entry.sequence(), hashProblem);
		}
		return this.checkpoints.atEntry(entry, this.lastSequence);
	}

	/** Whether the entry's own hash fits its lines, keyed or (before keying) plain. */
	private String hashProblem(AuditEntry entry) {
		String altered = "Entry " + entry.sequence() + " was altered: its hash does not match its content.";
		if (entry.sequence() < this.keyedFrom) {
			if (entry.keyId() != null) {
				return "Entry " + entry.sequence() + " was altered: it names chain key " + entry.keyId()
						+ ", but the log is keyed only from entry " + this.keyedFrom + ".";
			}
			return CanonicalForm.plainHash(CanonicalForm.lines(entry)).equals(entry.hash()) ? null : altered;
		}
		if (entry.keyId() == null) {
			return "Entry " + entry.sequence() + " was altered: its hash is not keyed (plain SHA-256?), but the log"
					+ " is keyed from entry " + this.keyedFrom + ".";
		}
		if (!this.keys.any()) {
			return null;
		}
		Optional<Mac> mac = mac(entry.keyId());
		if (mac.isEmpty()) {
			return "Entry " + entry.sequence() + " names chain key " + entry.keyId()
					+ ", which this kiosk does not hold: it was forged, or the retired key is missing from "
					+ ChainKey.retiredSecret(entry.keyId()) + ".";
		}
		return CanonicalForm.hash(mac.get(), CanonicalForm.lines(entry)).equals(entry.hash()) ? null : altered;
	}

	private Optional<Mac> mac(String keyId) {
		Mac cached = this.macs.get(keyId);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Mac> mac = this.keys.byId(keyId).map(ChainKey::mac);
		mac.ifPresent((found) -> this.macs.put(keyId, found));
		return mac;
	}

	/** Called at the end of the entries: the head must name the last one. */
	private ChainVerification against(ChainHead head) {
		if (head.lastSequence() > this.lastSequence) {
			return broken(this.lastSequence + 1,
					entries(this.lastSequence + 1, head.lastSequence())
							+ " deleted from the end: the chain head names entry " + head.lastSequence() + " but "
							+ lastEntry() + ".");
		}
		if (head.lastSequence() < this.lastSequence) {
			return broken(head.lastSequence() + 1,
					"Entry " + (head.lastSequence() + 1) + " was not appended by the log: the chain head names entry "
							+ head.lastSequence() + " as the last one.");
		}
		if (!head.lastHash().equals(this.lastHash)) {
			return broken(this.lastSequence, "The chain head's hash differs from " + entryBefore()
					+ "'s: the last entry was replaced or the head altered.");
		}
		return new ChainVerification.Intact(this.lastSequence);
	}

	private ChainVerification broken(long badSequence, String problem) {
		return new ChainVerification.Broken(this.lastSequence, badSequence, problem);
	}

	private String entryBefore() {
		return (this.lastSequence == 0) ? "the start of the chain" : "entry " + this.lastSequence;
	}

	private String lastEntry() {
		return (this.lastSequence == 0) ? "the log holds no entries" : "the last entry is " + this.lastSequence;
	}

	private static String entries(long from, long to) {
		return (from == to) ? "Entry " + from + " was" : "Entries " + from + " to " + to + " were";
	}

}
