package org.cloakroom.kiosk.audit;

/**
 * The outcome of verifying the audit chain from its first entry: {@link Intact}, or
 * {@link Broken} at the first entry that does not fit, with what is wrong with it.
 */
public sealed interface ChainVerification {

	/** Whether every entry up to the chain head checked out. */
	boolean intact();

	/** How many entries checked out, from the first, before the verdict. */
	long entriesChecked();

	/**
	 * Every entry links to the one before, matches its hash, and the head names the last.
	 */
	record Intact(long entriesChecked) implements ChainVerification {

		public Intact {
			if (entriesChecked < 0) {
				throw new IllegalArgumentException("entriesChecked must not be negative, was " + entriesChecked);
			}
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

}
