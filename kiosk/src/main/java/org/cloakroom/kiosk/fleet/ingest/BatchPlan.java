package org.cloakroom.kiosk.fleet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

/**
 * What one batch does to a kiosk's chain as central holds it (README, "A central
 * instance"): an entry at or below the head is a duplicate when central holds it with the
 * same hash (or holds none: before the chain's start, or archived) and a fork when the
 * hash differs; the entry after the head must link to it, else a fork; a batch that
 * starts beyond the head is out of order unless the kiosk declares the gap
 * ({@code gapFrom}); a jump inside a batch is a gap. Nothing after a fork is taken.
 *
 * @param expected where the batch should have started, when it is out of order (nothing
 * is taken)
 */
record BatchPlan(Long expected, int duplicates, List<ForwardedEntry> accepted, List<Gap> gaps, Fork fork) {

	/** Entries {@code from} to {@code to} that central will never hold. */
	record Gap(long from, long to, boolean declared) {
	}

	/**
	 * Entry {@code sequence} contradicts central's copy: {@code held} is the hash central
	 * holds at that sequence or, when {@code unlinked}, the head's hash it fails to link
	 * to.
	 */
	record Fork(long sequence, String held, String sent, String sentPrevious, boolean unlinked) {
	}

	/**
	 * @param head the kiosk's head as central holds it
	 * @param entries the batch's entries, sequences rising
	 * @param held the hashes central holds of the batch's entries at or below the head
	 * @param gapFrom the first sequence the kiosk says it no longer holds, or null
	 */
	static BatchPlan of(ChainTable.Head head, List<ForwardedEntry> entries, Map<Long, String> held, Long gapFrom) {
		long headSequence = head.sequence();
		String headHash = head.hash();
		int duplicates = 0;
		List<ForwardedEntry> accepted = new ArrayList<>();
		List<Gap> gaps = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			ForwardedEntry entry = entries.get(i);
			if (entry.sequence() <= headSequence) {
				String hash = held.get(entry.sequence());
				if (hash != null && !hash.equals(entry.hash())) {
					return new BatchPlan(null, duplicates, accepted, gaps,
							new Fork(entry.sequence(), hash, entry.hash(), entry.previousHash(), false));
				}
				duplicates++;
				continue;
			}
			long next = headSequence + 1;
			boolean linkUnknown = headHash == null;
			if (entry.sequence() > next) {
				boolean declared = i == 0;
				if (declared && (gapFrom == null || gapFrom != next)) {
					return new BatchPlan(next, 0, List.of(), List.of(), null);
				}
				gaps.add(new Gap(next, entry.sequence() - 1, declared));
				// the entries it would link to are the ones missing
				linkUnknown = true;
			}
			if (!linkUnknown && !headHash.equals(entry.previousHash())) {
				return new BatchPlan(null, duplicates, accepted, gaps,
						new Fork(entry.sequence(), headHash, entry.hash(), entry.previousHash(), true));
			}
			accepted.add(entry);
			headSequence = entry.sequence();
			headHash = entry.hash();
		}
		return new BatchPlan(null, duplicates, accepted, gaps, null);
	}

	/** A batch of a kiosk whose chain forked before: nothing taken. */
	static BatchPlan forkedBefore() {
		return new BatchPlan(null, 0, List.of(), List.of(), null);
	}

	boolean outOfOrder() {
		return this.expected != null;
	}

}
