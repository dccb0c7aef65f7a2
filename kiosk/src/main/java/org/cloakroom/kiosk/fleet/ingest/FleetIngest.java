package org.cloakroom.kiosk.fleet.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.fleet.KioskEntriesIngested;
import org.cloakroom.kiosk.fleet.wire.Acknowledgement;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.SigningKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a kiosk's batch under its {@code fleet_chain} row lock, by {@link BatchPlan}'s
 * rules: the new entries in one insert, the head moved, gaps and forks audited as alerts,
 * the checkpoints checked, the kiosk's contact and reported head (its lag) kept. A batch
 * refused as out of order or forked still counts as contact, and a fork's alert commits
 * with it; {@link KioskEntriesIngested} is published once the entries committed.
 */
@Service
@CentralHome
class FleetIngest {

	private final ChainTable chains;

	private final KioskTable kiosks;

	private final FleetEventTable events;

	private final SigningKeyTable keys;

	private final CheckpointIntake checkpoints;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	FleetIngest(ChainTable chains, KioskTable kiosks, FleetEventTable events, SigningKeyTable keys,
			CheckpointIntake checkpoints, TransactionTemplate transactions, ApplicationEventPublisher publisher,
			Clock clock) {
		this.chains = chains;
		this.kiosks = kiosks;
		this.events = events;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.transactions = transactions;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * @throws FleetRefusal when the batch is malformed (nothing taken), out of order
	 * ({@code expected}) or forked ({@code sequence})
	 */
	Acknowledgement ingest(FleetCaller.Kiosk kiosk, EventBatch batch) {
		List<Checkpoint> sent = BatchCheck.check(batch);
		Outcome outcome = this.transactions.execute((status) -> take(kiosk, batch, sent));
		if (!outcome.plan().accepted().isEmpty()) {
			this.publisher.publishEvent(
					new KioskEntriesIngested(kiosk.id(), kiosk.name(), kiosk.site(), outcome.plan().accepted()));
		}
		return outcome.answer(batch);
	}

	private Outcome take(FleetCaller.Kiosk kiosk, EventBatch batch, List<Checkpoint> sent) {
		Instant now = this.clock.instant();
		ChainTable.Head head = this.chains.lock(kiosk.id())
			.orElseThrow(() -> new IllegalStateException("Joined kiosk " + kiosk.name() + " has no fleet_chain row"));
		this.kiosks.contact(kiosk.id(), reported(batch), now);
		if (head.forkedAt() != null) {
			return new Outcome(head, BatchPlan.forkedBefore(), head.forkedAt());
		}
		for (SigningKey key : batch.signingKeys()) {
			this.keys.keep(kiosk.id(), key.id(), key.pem(), now);
		}
		BatchPlan plan = BatchPlan.of(head, batch.entries(), held(kiosk, head, batch.entries()), batch.gapFrom());
		if (plan.outOfOrder()) {
			return new Outcome(head, plan, null);
		}
		this.events.insert(kiosk.id(), plan.accepted(), now);
		Map<Long, String> taken = new HashMap<>();
		plan.accepted().forEach((entry) -> taken.put(entry.sequence(), entry.hash()));
		if (!plan.accepted().isEmpty()) {
			ForwardedEntry last = plan.accepted().get(plan.accepted().size() - 1);
			this.chains.advance(kiosk.id(), last.sequence(), last.hash(), now);
			head = new ChainTable.Head(last.sequence(), last.hash(), null);
		}
		for (BatchPlan.Gap gap : plan.gaps()) {
			this.publisher.publishEvent(
					new KioskChainGap(kiosk.id(), kiosk.name(), kiosk.site(), gap.from(), gap.to(), gap.declared()));
		}
		this.checkpoints.take(kiosk, sent, taken, now);
		if (plan.fork() != null) {
			BatchPlan.Fork fork = plan.fork();
			this.chains.fork(kiosk.id(), fork.sequence(), now);
			this.publisher.publishEvent(new KioskChainForked(kiosk.id(), kiosk.name(), kiosk.site(), fork.sequence(),
					fork.held(), fork.sent(), fork.sentPrevious(), fork.unlinked()));
			return new Outcome(head, plan, fork.sequence());
		}
		return new Outcome(head, plan, null);
	}

	/** The hashes central holds of the batch's entries at or below the head. */
	private Map<Long, String> held(FleetCaller.Kiosk kiosk, ChainTable.Head head, List<ForwardedEntry> entries) {
		if (entries.isEmpty() || entries.get(0).sequence() > head.sequence()) {
			return Map.of();
		}
		long to = Math.min(head.sequence(), entries.get(entries.size() - 1).sequence());
		return this.events.hashes(kiosk.id(), entries.get(0).sequence(), to);
	}

	private static Long reported(EventBatch batch) {
		if (batch.head() != null) {
			return batch.head().sequence();
		}
		return batch.entries().isEmpty() ? null : batch.entries().get(batch.entries().size() - 1).sequence();
	}

	/** What the transaction did; {@code forkedAt} non-null when the chain is forked. */
	private record Outcome(ChainTable.Head head, BatchPlan plan, Long forkedAt) {

		Acknowledgement answer(EventBatch batch) {
			if (this.forkedAt != null) {
				throw FleetRefusal.forked(this.forkedAt);
			}
			if (this.plan.outOfOrder()) {
				throw FleetRefusal.outOfOrder(batch.entries().get(0).sequence(), this.plan.expected());
			}
			return new Acknowledgement(this.head.sequence(), this.plan.accepted().size(), this.plan.duplicates());
		}

	}

}
