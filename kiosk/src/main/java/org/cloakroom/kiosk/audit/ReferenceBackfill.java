package org.cloakroom.kiosk.audit;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the entries written before migration V18 once the application is ready, oldest
 * first, {@value #BATCH} per transaction that also records how far it went: stopped
 * half-way, it goes on from there at the next start, and indexes no entry twice. Entries
 * appended since V18 are indexed as they are appended. It runs on a thread of its own: a
 * kiosk upgraded with a long log starts, and works, at once; until the backfill ends, a
 * search by employee, phone or locker does not yet find the older entries.
 */
@Component
class ReferenceBackfill {

	static final int BATCH = 1_000;

	private static final Logger log = LoggerFactory.getLogger(ReferenceBackfill.class);

	private final ReferenceTable table;

	private final ReferenceIndex index;

	private final TransactionTemplate transactions;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "audit-reference-backfill");
		thread.setDaemon(true);
		return thread;
	});

	ReferenceBackfill(ReferenceTable table, ReferenceIndex index, TransactionTemplate transactions) {
		this.table = table;
		this.index = index;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void whenReady() {
		this.executor.execute(() -> {
			try {
				long indexed = run();
				if (indexed > 0) {
					log.info("Indexed the references of {} audit entries written before search existed", indexed);
				}
			}
			catch (RuntimeException ex) {
				log.error("The audit entries' references could not be backfilled; the next start goes on: {}",
						ex.getMessage(), ex);
			}
		});
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/** Indexes what is left to backfill; how many entries it indexed. */
	long run() {
		long indexed = 0;
		while (true) {
			Integer batch = this.transactions.execute((status) -> nextBatch());
			if (batch == null || batch == 0) {
				return indexed;
			}
			indexed += batch;
		}
	}

	private int nextBatch() {
		ReferenceTable.Backfill backfill = this.table.backfill().orElse(null);
		if (backfill == null || backfill.done()) {
			return 0;
		}
		List<AuditEntry> entries = this.table.entries(backfill.indexedTo(), backfill.backfillTo(), BATCH);
		entries.forEach(this.index::index);
		// past the last entry read, or to the end when the rest was archived away
		this.table.backfilledTo(entries.isEmpty() ? backfill.backfillTo() : entries.get(entries.size() - 1).sequence());
		return entries.size();
	}

}
