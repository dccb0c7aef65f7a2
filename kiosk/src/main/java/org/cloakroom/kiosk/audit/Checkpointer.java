package org.cloakroom.kiosk.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs the chain head: writes a {@link Checkpoint} to the checkpoint directory (synced),
 * then records it as {@link AuditCheckpointSigned}, which the SIEM forwarder sends on.
 * Runs every {@code cloakroom.audit.checkpoint-interval}, after the first intact
 * verification of a start, and when the application stops (before the database closes).
 * Nothing is signed while the last verification found the log broken, so a checkpoint
 * never vouches for a rewritten log, nor when nothing but the previous checkpoint was
 * appended since.
 */
@Component
class Checkpointer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

	private final AuditTable table;

	private final AuditKeys keys;

	private final CheckpointDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AtomicBoolean firstVerified = new AtomicBoolean();

	private volatile boolean running;

	private volatile boolean lastVerificationBroken;

	Checkpointer(AuditTable table, AuditKeys keys, AuditProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.table = table;
		this.keys = keys;
		this.directory = new CheckpointDirectory(properties.checkpointDir());
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Signs the head as it is now, unless there is nothing new to sign.
	 * @return the checkpoint written, if any
	 */
	synchronized Optional<Checkpoint> sign() {
		return signHead(false).map(Written::checkpoint);
	}

	/**
	 * Signs the head as it is now for an evidence bundle, which needs a checkpoint at or
	 * after its last entry even when that entry is itself a checkpoint's record.
	 * @return the checkpoint and its file; none while the log was last found broken or
	 * holds no entries
	 */
	synchronized Optional<Written> signForEvidence() {
		return signHead(true);
	}

	private Optional<Written> signHead(boolean evenAfterACheckpoint) {
		if (this.lastVerificationBroken) {
			log.warn("No audit checkpoint signed: the last verification found the log broken");
			return Optional.empty();
		}
		ChainHead head = this.table.head();
		List<AuditEntry> newest = this.table.newest(1);
		if (head.lastSequence() == 0
				|| (!evenAfterACheckpoint && !newest.isEmpty() && newest.get(0).sequence() == head.lastSequence()
						&& AuditCheckpointSigned.TYPE.equals(newest.get(0).type()))) {
			return Optional.empty();
		}
		Written written = signAt(head.lastSequence(), head.lastHash());
		this.events.publishEvent(AuditCheckpointSigned.of(written.checkpoint(), written.file()));
		return Optional.of(written);
	}

	/** A checkpoint and the file it was written to. */
	record Written(Checkpoint checkpoint, String file) {
	}

	/** Signs and writes a checkpoint naming entry {@code sequence} with {@code hash}. */
	synchronized Written signAt(long sequence, String hash) {
		CheckpointKey signingKey = this.keys.checkpointKey();
		Checkpoint unsigned = new Checkpoint(sequence, hash, this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
				this.keys.chainKey().id(), this.table.keyedFrom(), signingKey.id(), null);
		Checkpoint checkpoint = unsigned
			.signed(Base64.getEncoder().encodeToString(signingKey.sign(unsigned.signedMessage())));
		return new Written(checkpoint, this.directory.write(checkpoint, signingKey));
	}

	/** Whether the last verification found the log broken. */
	boolean lastVerificationBroken() {
		return this.lastVerificationBroken;
	}

	@Scheduled(fixedDelayString = "${cloakroom.audit.checkpoint-interval:15m}",
			initialDelayString = "${cloakroom.audit.checkpoint-interval:15m}")
	void signOnSchedule() {
		signLogging("scheduled");
	}

	/** The first intact verification of a start is followed by a checkpoint. */
	@EventListener
	void verified(ChainVerified verified) {
		this.lastVerificationBroken = !verified.verification().intact();
		if (verified.verification().intact() && this.firstVerified.compareAndSet(false, true)) {
			signLogging("start-up");
		}
	}

	private void signLogging(String when) {
		try {
			sign().ifPresent((checkpoint) -> log.info("Audit checkpoint ({}) signed at entry {} in {}", when,
					checkpoint.sequence(), this.directory.dir()));
		}
		catch (RuntimeException ex) {
			log.error("Could not sign the {} audit checkpoint: {}", when, ex.getMessage(), ex);
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * At shutdown, after the web server stopped taking requests and before the database
	 * closes.
	 */
	@Override
	public void stop() {
		this.running = false;
		signLogging("shutdown");
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Low: stopped after the web server and the other components that append. */
	@Override
	public int getPhase() {
		return 0;
	}

}
