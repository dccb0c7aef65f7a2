package org.cloakroom.kiosk.audit.cli;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit side of {@code doctor}: whether the chain head agrees with the newest entry
 * (or, once every entry was archived, with the newest archive), without walking the whole
 * chain ({@code audit verify} does that).
 */
public final class ChainHeadProbe {

	private ChainHeadProbe() {
	}

	/** The head's sequence and hash, and what disagrees with them (empty: nothing). */
	public static Head read(JdbcClient jdbc) {
		Entry head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(null);
		if (head == null) {
			return new Head(0, null, Optional.of("the audit chain head is missing"));
		}
		Optional<Entry> newest = jdbc.sql("SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1")
			.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2)))
			.optional()
			.or(() -> jdbc.sql("SELECT to_sequence, last_hash FROM audit_archive ORDER BY to_sequence DESC LIMIT 1")
				.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2)))
				.optional());
		long newestSequence = newest.map(Entry::sequence).orElse(0L);
		if (newestSequence != head.sequence()) {
			return new Head(head.sequence(), head.hash(), Optional.of("the audit chain head is at entry "
					+ head.sequence() + " but the newest entry is " + newestSequence));
		}
		if (newest.isPresent() && !newest.get().hash().equals(head.hash())) {
			return new Head(head.sequence(), head.hash(),
					Optional.of("the audit chain head's hash differs from entry " + head.sequence() + "'s"));
		}
		return new Head(head.sequence(), head.hash(), Optional.empty());
	}

	/**
	 * The chain head's sequence and hash (the genesis hash at 0), and what is wrong with
	 * them.
	 */
	public record Head(long sequence, String hash, Optional<String> problem) {
	}

	private record Entry(long sequence, String hash) {
	}

}
