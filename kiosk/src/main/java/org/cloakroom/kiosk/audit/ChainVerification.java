package org.cloakroom.kiosk.audit;

/**
 * The outcome of verifying the audit chain from its first entry against the signed
 * checkpoints: {@link Intact}; {@link Broken} at the first entry that does not fit (or
 * that a checkpoint contradicts), with what is wrong with it; or {@link CheckpointBroken}
 * when the entries hold but a checkpoint file is missing, altered or not signed by a key
 * the kiosk trusts.
 */
public sealed interface ChainVerification {

	/** Whether every entry up to the chain head checked out. */
	boolean intact();

	/** How many entries checked out, from the first, before the verdict. */
	long entriesChecked();

	/**
	 * The checkpoint at fault, when a checkpoint (not an entry) is what is wrong;
	 * otherwise null.
	 */
	default String checkpoint() {
		return null;
	}

	/**
	 * Every entry links to the one before, matches its hash, the head names the last, and
	 * every checkpoint names an entry with its hash; {@code newestCheckpoint} is null
	 * when there is none.
	 */
	record Intact(long entriesChecked, Checkpoint newestCheckpoint) implements ChainVerification {

		public Intact {
			if (entriesChecked < 0) {
				throw new IllegalArgumentException("entriesChecked must not be negative, was " + entriesChecked);
			}
		}

		/** Intact, with no checkpoint to check against. */
		public Intact(long entriesChecked) {
			this(entriesChecked, null);
		}

		@Override
		public boolean intact() {
			return true;
		}

	}

	/**
	 * The chain does not hold at entry {@code firstBadSequence} (edited, deleted,
	 * inserted or out of place, as {@code problem} says, naming the entries); the
	 * {@code entriesChecked} before it are intact.
	 */
	record Broken(long entriesChecked, long firstBadSequence, String problem) implements ChainVerification {

		public Broken {
			// Any sequence: a forged entry may carry 0 or less.
			if (problem == null || problem.isBlank()) {
				throw new IllegalArgumentException(
						"A broken chain says what is wrong at entry " + firstBadSequence + ", was '" + problem + "'");
			}
		}

		@Override
		public boolean intact() {
			return false;
		}

	}

	/**
	 * The entries hold, but the checkpoint {@code checkpoint} (a file name, or the entry
	 * that recorded a checkpoint whose file is gone) is missing, altered or signed by a
	 * key the kiosk does not trust, as {@code problem} says.
	 */
	record CheckpointBroken(long entriesChecked, String checkpoint, String problem) implements ChainVerification {

		public CheckpointBroken {
			if (problem == null || problem.isBlank()) {
				throw new IllegalArgumentException(
						"A broken checkpoint says what is wrong with " + checkpoint + ", was '" + problem + "'");
			}
		}

		@Override
		public boolean intact() {
			return false;
		}

	}

}
