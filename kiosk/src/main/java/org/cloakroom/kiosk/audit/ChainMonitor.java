package org.cloakroom.kiosk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain once the application is ready ({@link StartupVerification}) and
 * every {@code cloakroom.audit.verify-interval}, on a thread of its own so that a long
 * log delays neither start-up nor the scheduler's other tasks (locker deadlines, the
 * radio). A broken chain is an ALERT ({@link AuditChainBroken}, once per distinct
 * problem) and turns the health component {@code auditChain} DOWN.
 */
@Component
class ChainMonitor {

	private static final Logger log = LoggerFactory.getLogger(ChainMonitor.class);

	private final AuditLog auditLog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "audit-verify");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean verifying = new AtomicBoolean();

	private volatile Verdict last;

	private String lastAlerted;

	/** A finished verification: what it found, when, and how long it took. */
	record Verdict(ChainVerification verification, Instant at, Duration took) {
	}

	ChainMonitor(AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
		this.auditLog = auditLog;
		this.clock = clock;
		this.events = events;
	}

	@Scheduled(initialDelayString = "${cloakroom.audit.verify-interval:1h}",
			fixedDelayString = "${cloakroom.audit.verify-interval:1h}")
	void verifyOnSchedule() {
		verifyInBackground();
	}

	/** Starts a verification on the monitor's thread unless one is running. */
	void verifyInBackground() {
		if (this.verifying.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				try {
					verifyNow();
				}
				catch (RuntimeException ex) {
					log.error("The audit chain could not be verified: {}", ex.getMessage(), ex);
				}
				finally {
					this.verifying.set(false);
				}
			});
		}
	}

	/** Verifies now, on the caller's thread, and acts on the outcome. */
	synchronized ChainVerification verifyNow() {
		long started = System.nanoTime();
		ChainVerification verification = this.auditLog.verify();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.last = new Verdict(verification, this.clock.instant(), took);
		if (verification.intact()) {
			this.lastAlerted = null;
			log.info("Audit chain intact: {} entries verified in {} ms", verification.entriesChecked(),
					took.toMillis());
		}
		else {
			AuditChainBroken alert = AuditChainBroken.of(verification);
			log.error("Audit chain BROKEN: {}", alert.problem());
			if (!alert.problem().equals(this.lastAlerted)) {
				this.events.publishEvent(alert);
				this.lastAlerted = alert.problem();
			}
		}
		this.events.publishEvent(new ChainVerified(verification));
		return verification;
	}

	/** The last finished verification, if one finished since start-up. */
	Optional<Verdict> last() {
		return Optional.ofNullable(this.last);
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
