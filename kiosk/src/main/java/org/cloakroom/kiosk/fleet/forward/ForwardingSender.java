package org.cloakroom.kiosk.fleet.forward;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.audit.AuditEntryRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one thread that forwards to central, and the signals that wake it: an entry
 * committed, the application ready, the periodic tick (retries and heartbeats). As for
 * the SIEM, whoever signals only hands over a wake-up: at most one waits, since one
 * forward reads everything committed before it starts. Wake-ups before the application is
 * ready are dropped: the first forward (which may record {@link CentralJoined}) waits for
 * it.
 */
final class ForwardingSender {

	private static final Logger log = LoggerFactory.getLogger(ForwardingSender.class);

	private final Forwarder forwarder;

	private final ThreadPoolExecutor thread;

	private volatile boolean ready;

	ForwardingSender(Forwarder forwarder) {
		this.forwarder = forwarder;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("cloakroom-fleet-");
		threads.setDaemon(true);
		this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), threads,
				new ThreadPoolExecutor.DiscardPolicy());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AuditEntryRecorded recorded) {
		wake();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		this.ready = true;
		wake();
	}

	/** Asks the sender thread to forward what is new; returns at once. */
	void wake() {
		if (this.ready) {
			this.thread.execute(this::forward);
		}
	}

	/** The periodic tick: retries after failures and sends heartbeats. */
	void tick() {
		wake();
	}

	/** Wake-ups waiting for the sender thread: never more than one. */
	int waitingWakeUps() {
		return this.thread.getQueue().size();
	}

	private void forward() {
		try {
			this.forwarder.forward();
		}
		catch (RuntimeException ex) {
			log.error("Forwarding to central failed unexpectedly; the next wake-up tries again", ex);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		this.thread.shutdownNow();
	}

}
