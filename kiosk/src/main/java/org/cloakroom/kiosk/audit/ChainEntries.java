package org.cloakroom.kiosk.audit;

import java.util.List;
import java.util.Optional;

/**
 * What a verification walks: the log's tables ({@link AuditTable}) or an archive file
 * ({@link ArchiveFile}).
 */
interface ChainEntries {

	/** The entries archived and removed before the first one here, if any. */
	record ArchivedPrefix(long toSequence, String lastHash) {
	}

	ChainHead head();

	/** The head, waiting for an append that holds its lock. */
	ChainHead lockHead();

	long keyedFrom();

	Optional<ArchivedPrefix> archived();

	/** Entries up to {@code upTo}, oldest first. */
	List<AuditEntry> firstUpTo(long upTo, int limit);

	/** Entries after {@code sequence} and up to {@code upTo}, oldest first. */
	List<AuditEntry> between(long sequence, long upTo, int limit);

	List<AuditEntry> after(long sequence, int limit);

}
