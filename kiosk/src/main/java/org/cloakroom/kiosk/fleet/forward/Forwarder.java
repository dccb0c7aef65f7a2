package org.cloakroom.kiosk.fleet.forward;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.cloakroom.kiosk.fleet.FleetProperties;
import org.cloakroom.kiosk.RetryBackoff;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.fleet.forward.ForwardingCursorTable.Cursor;
import org.cloakroom.kiosk.fleet.wire.Acknowledgement;
import org.cloakroom.kiosk.fleet.wire.FleetRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Forwards the audit log to central from the forwarding cursor on, in batches of at most
 * {@code batchSize}, oldest first: the log is the outbox, so a central that is away for a
 * day loses nothing. The cursor moves to what central acknowledged, only after its 200; a
 * {@code fleet-out-of-order} rewinds it to where central's copy ends; a fork or a
 * revocation stops forwarding for good (until the next start) with a
 * {@link ForwardingStopped} alert; any other failure waits, doubling the wait, on the
 * injected clock. With nothing new it sends a heartbeat (its head, no entries) every
 * {@code heartbeatInterval}. Checkpoints (and their signing keys) go with the batch that
 * reaches their sequence.
 * <p>
 * {@link #forward()} runs on the one sender thread only; {@link #status()} from any.
 */
final class Forwarder {

	static final String EVENTS = "api/v1/fleet/events";

	private static final Logger log = LoggerFactory.getLogger(Forwarder.class);

	/**
	 * Rewinds in one forward before it counts as a failure: central and kiosk disagree.
	 */
	private static final int MAX_REWINDS = 3;

	private final Membership membership;

	private final Outbox outbox;

	private final ForwardingCursorTable cursorTable;

	private final CentralClient central;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration heartbeatInterval;

	private final RetryBackoff backoff;

	private volatile ForwardingStatus status;

	private Cursor cursor;

	private int failures;

	private Instant nextAttempt = Instant.MIN;

	private Instant lastContact;

	Forwarder(Membership membership, AuditLog auditLog, ForwardingCursorTable cursorTable, CentralClient central,
			ApplicationEventPublisher events, Clock clock, FleetProperties properties) {
		this.membership = membership;
		this.outbox = new Outbox(auditLog, properties.batchSize());
		this.cursorTable = cursorTable;
		this.central = central;
		this.events = events;
		this.clock = clock;
		this.heartbeatInterval = properties.heartbeatInterval();
		this.backoff = new RetryBackoff(properties.retryBackoff(), properties.maxRetryBackoff());
		this.status = ForwardingStatus.startingAt(cursorTable.read().acknowledged(), clock.instant());
	}

	/**
	 * Sends every entry after the cursor (or a heartbeat when it is due), unless
	 * forwarding stopped or it is waiting out the backoff after a failure.
	 */
	void forward() {
		if (this.status.isStopped() || this.clock.instant().isBefore(this.nextAttempt)) {
			return;
		}
		try {
			if (this.cursor == null) {
				this.cursor = startAfterJoin(this.cursorTable.read());
			}
			int rewinds = 0;
			for (Step step = sendBatch(); step != Step.DONE
					&& !Thread.currentThread().isInterrupted(); step = sendBatch()) {
				if (step == Step.REWOUND && ++rewinds > MAX_REWINDS) {
					throw new IllegalStateException("central rewound the kiosk " + rewinds
							+ " times in a row; the last expected entry " + (this.cursor.acknowledged() + 1));
				}
			}
			succeeded();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			failed(ex);
		}
	}

	/**
	 * On the first start after a join, the cursor starts where the log stood at the join
	 * (central takes the chain from there; it rewinds the kiosk if it wants more), and
	 * the log records {@link CentralJoined}.
	 */
	private Cursor startAfterJoin(Cursor stored) {
		if (Objects.equals(stored.kiosk(), this.membership.kiosk())) {
			return stored;
		}
		Cursor joined = new Cursor(this.membership.kiosk(), this.membership.joinedAtSequence(),
				this.membership.joinedAtSequence());
		this.cursorTable.save(joined, this.clock.instant());
		this.events.publishEvent(CentralJoined.of(this.membership));
		log.info("Joined central at {} as kiosk {} ({}): forwarding the audit log from entry {} on",
				this.membership.central(), this.membership.kiosk(), this.membership.name(), joined.acknowledged() + 1);
		this.status = this.status.rewound(joined.acknowledged());
		return joined;
	}

	private enum Step {

		/** A full batch went: more may wait. */
		MORE,
		/** Central asked for earlier entries. */
		REWOUND,
		/** Nothing more to send now. */
		DONE

	}

	private Step sendBatch() throws IOException, InterruptedException {
		Outbox.Batch next = this.outbox.next(this.cursor);
		Instant now = this.clock.instant();
		if (next.heartbeat() && this.lastContact != null
				&& now.isBefore(this.lastContact.plus(this.heartbeatInterval))) {
			return Step.DONE;
		}
		CentralClient.Answer answer = this.central.post(EVENTS, next.batch());
		if (answer.ok()) {
			acknowledged(answer.as(Acknowledgement.class), next);
			return next.full() ? Step.MORE : Step.DONE;
		}
		String code = answer.code();
		if (answer.status() == 409 && FleetRefusals.OUT_OF_ORDER.equals(code) && answer.number("expected") != null) {
			rewind(answer.number("expected") - 1);
			return Step.REWOUND;
		}
		if ((answer.status() == 409 && FleetRefusals.CHAIN_FORKED.equals(code))
				|| (answer.status() == 403 && FleetRefusals.KIOSK_REVOKED.equals(code))) {
			stop(code, answer);
			return Step.DONE;
		}
		throw new IOException("central answered " + answer.describe());
	}

	/**
	 * Central's acknowledgement: the cursor moves to what central holds, never beyond
	 * what was sent (central holding more than this kiosk sent is a restored kiosk's
	 * chain, which the next batch shows as a fork).
	 */
	private void acknowledged(Acknowledgement acknowledgement, Outbox.Batch sent) {
		Instant now = this.clock.instant();
		long acknowledged = Math.min(acknowledgement.acknowledged(), sent.last());
		Cursor moved = this.cursor.acknowledged(acknowledged,
				Math.max(sent.checkpointSequence(), this.cursor.checkpointSequence()));
		this.cursorTable.save(moved, now);
		this.cursor = moved;
		this.lastContact = now;
		this.status = this.status.acknowledged(acknowledged, now);
	}

	private void rewind(long sequence) {
		long to = Math.max(0, sequence);
		log.info("Central holds this kiosk's chain up to entry {}, not {}: forwarding again from entry {}", to,
				this.cursor.acknowledged(), to + 1);
		Cursor rewound = this.cursor.acknowledged(to, this.cursor.checkpointSequence());
		this.cursorTable.save(rewound, this.clock.instant());
		this.cursor = rewound;
		this.status = this.status.rewound(to);
	}

	private void stop(String code, CentralClient.Answer answer) {
		Long sequence = answer.number("sequence");
		String reason = FleetRefusals.KIOSK_REVOKED.equals(code)
				? "central revoked this kiosk: it refuses its fleet token"
				: "central holds a different chain for this kiosk" + ((sequence != null) ? " at entry " + sequence : "")
						+ " (a kiosk restored from an old backup?): nothing more is taken";
		log.error("Forwarding to central at {} stopped: {} ({}); entries after {} stay in the log",
				this.membership.central(), reason, answer.describe(), this.cursor.acknowledged());
		this.status = this.status.stopped(code, reason, this.clock.instant());
		this.events.publishEvent(new ForwardingStopped(this.membership.central().toString(), this.membership.kiosk(),
				code, sequence, this.cursor.acknowledged(), reason));
	}

	private void succeeded() {
		if (this.failures > 0 && !this.status.isStopped()) {
			log.info("Forwarding to central at {} works again after {} failed attempts; acknowledged up to entry {}",
					this.membership.central(), this.failures, this.cursor.acknowledged());
		}
		this.failures = 0;
		this.nextAttempt = Instant.MIN;
	}

	private void failed(Exception ex) {
		Instant now = this.clock.instant();
		this.failures++;
		Duration wait = this.backoff.after(this.failures);
		this.nextAttempt = now.plus(wait);
		String error = (ex instanceof IOException
				&& !(ex.getMessage() != null && ex.getMessage().startsWith("central")))
						? "central cannot be reached ("
								+ Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName()) + ")"
						: Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName());
		if (this.failures == 1) {
			log.warn("Forwarding to central at {} failed ({}); the entries wait in the log, trying again in {}",
					this.membership.central(), error, wait, (ex instanceof IOException) ? null : ex);
		}
		else {
			log.debug("Forwarding to central at {} failed again ({}), attempt {}; next in {}",
					this.membership.central(), error, this.failures, wait);
		}
		this.status = this.status.failed(error, now, this.failures, this.nextAttempt);
	}

	ForwardingStatus status() {
		return this.status;
	}

	Membership membership() {
		return this.membership;
	}

}
