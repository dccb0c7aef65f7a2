package org.cloakroom.kiosk.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to a stopped kiosk's log, verbatim, entries another copy of its chain holds
 * beyond its head (central, after the kiosk was restored from an old backup), so that the
 * kiosk goes on from where its chain really ended instead of forking it. Each entry must
 * follow the head and link to it, and its hash must hold with the kiosk's own chain key:
 * only entries this kiosk wrote are taken. All or nothing, in one transaction.
 * <p>
 * The search's references of these entries are left to {@link ReferenceBackfill} at the
 * next start (it has the program's ports, e.g. a storage's owner). Alerting entries open
 * no alert on this kiosk: central opened them when it ingested them, and the officers
 * work them there; opening them again here would ask for every one to be acknowledged
 * twice.
 */
public final class ChainCatchUp {

	private ChainCatchUp() {
	}

	/** The sequence of the log's head. */
	public static long head(DataSource database) {
		return new AuditTable(JdbcClient.create(database)).head().lastSequence();
	}

	/**
	 * Appends {@code entries} (oldest first) after the head.
	 * @param keys the kiosk's chain keys by id (its {@code audit-chain.key} and the
	 * retired ones)
	 * @return the new head's sequence
	 * @throws IllegalArgumentException naming the first entry that does not follow, link
	 * or hold; nothing was appended
	 */
	public static long append(DataSource database, Function<String, Optional<ChainKey>> keys,
			List<AuditEntry> entries) {
		JdbcClient jdbc = JdbcClient.create(database);
		AuditTable table = new AuditTable(jdbc);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
		return transaction.execute((status) -> {
			ChainHead head = table.lockHead();
			long before = head.lastSequence();
			for (AuditEntry entry : entries) {
				check(entry, head, keys);
				table.append(entry);
				head = new ChainHead(entry.sequence(), entry.hash());
			}
			if (head.lastSequence() > before) {
				new ReferenceTable(jdbc).backfillAlso(before, head.lastSequence());
			}
			return head.lastSequence();
		});
	}

	private static void check(AuditEntry entry, ChainHead head, Function<String, Optional<ChainKey>> keys) {
		String where = "entry " + entry.sequence();
		if (entry.sequence() != head.lastSequence() + 1) {
			throw new IllegalArgumentException(where + " does not follow the log's head, entry " + head.lastSequence());
		}
		if (!head.lastHash().equals(entry.previousHash())) {
			throw new IllegalArgumentException(where + " does not link to entry " + head.lastSequence()
					+ " (its previous hash differs): it belongs to another chain");
		}
		String lines = CanonicalForm.lines(entry);
		String expected;
		if (entry.keyId() == null) {
			expected = CanonicalForm.plainHash(lines);
		}
		else {
			ChainKey key = keys.apply(entry.keyId())
				.orElseThrow(() -> new IllegalArgumentException(
						where + " was hashed with chain key " + entry.keyId() + ", which is not this kiosk's"));
			expected = key.hash(lines);
		}
		if (!expected.equals(entry.hash())) {
			throw new IllegalArgumentException(where + "'s hash does not hold with this kiosk's chain key: it was"
					+ " not written by this kiosk, or was altered");
		}
	}

}
