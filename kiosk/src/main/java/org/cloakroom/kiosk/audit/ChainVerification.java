package org.cloakroom.kiosk.audit;

/**
 * The outcome of verifying the audit chain from its first entry: intact, or the first
 * entry that does not fit and what is wrong with it.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBadSequence, String problem) {

	public static ChainVerification intact(long entriesChecked) {
		return new ChainVerification(true, entriesChecked, null, null);
	}

	public static ChainVerification broken(long entriesChecked, long firstBadSequence, String problem) {
		return new ChainVerification(false, entriesChecked, firstBadSequence, problem);
	}

}
