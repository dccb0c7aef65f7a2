package org.cloakroom.kiosk.audit;

import java.util.List;

/**
 * One verification of the chain: walks the entries page by page from the first, then
 * compares the last one with the chain head. Reading the head only after reaching the
 * end, and looking again for entries when the head names more, keeps appends that commit
 * during the walk from looking like tampering.
 */
final class ChainWalk {

	private static final int PAGE = 500;

	private final AuditTable table;

	private long lastSequence;

	private String lastHash = CanonicalForm.GENESIS_HASH;

	ChainWalk(AuditTable table) {
		this.table = table;
	}

	ChainVerification run() {
		List<AuditEntry> page = this.table.first(PAGE);
		while (true) {
			for (AuditEntry entry : page) {
				ChainVerification problem = problemWith(entry);
				if (problem != null) {
					return problem;
				}
				this.lastSequence = entry.sequence();
				this.lastHash = entry.hash();
			}
			if (page.size() == PAGE) {
				page = this.table.after(this.lastSequence, PAGE);
				continue;
			}
			ChainHead head = this.table.head();
			if (head.lastSequence() <= this.lastSequence) {
				return against(head);
			}
			// The head names more: entries appended meanwhile, or entries deleted.
			page = this.table.after(this.lastSequence, PAGE);
			if (page.isEmpty()) {
				return against(head);
			}
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
			return broken(entry.sequence(), "Entry " + entry.sequence() + " does not link to " + entryBefore()
					+ ": its previous hash differs, so it was inserted or an entry before it was replaced.");
		}
		if (!CanonicalForm.hashOf(entry).equals(entry.hash())) {
			return broken(entry.sequence(),
					"Entry " + entry.sequence() + " was altered: its hash does not match its content.");
		}
		return null;
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
		return ChainVerification.intact(this.lastSequence);
	}

	private ChainVerification broken(long badSequence, String problem) {
		return ChainVerification.broken(this.lastSequence, badSequence, problem);
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
