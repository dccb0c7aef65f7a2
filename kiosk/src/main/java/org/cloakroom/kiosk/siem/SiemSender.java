package org.cloakroom.kiosk.siem;

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
 * The one thread that forwards to the SIEM, and the signals that wake it: an entry
 * committed, the application ready (to send what waited while it was stopped), the
 * periodic tick. Whoever signals only hands over a wake-up and returns: at most one
 * waits, since one forward reads everything committed before it starts, so a writer never
 * waits for the SIEM and never piles up work for it.
 */
final class SiemSender {

	private static final Logger log = LoggerFactory.getLogger(SiemSender.class);

	private final SiemForwarder forwarder;

	private final ThreadPoolExecutor thread;

	SiemSender(SiemForwarder forwarder) {
		this.forwarder = forwarder;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("cloakroom-siem-");
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
		wake();
	}

	/**
	 * Asks the sender thread to forward what is new. Returns at once; a wake-up while one
	 * already waits is dropped, as that one will send everything.
	 */
	void wake() {
		this.thread.execute(this::forward);
	}

	/** The periodic tick: retries after failures, and drops a write that hangs. */
	void tick() {
		this.forwarder.abortStalledWrite();
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
			log.error("Forwarding to the SIEM failed unexpectedly; the next wake-up tries again", ex);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		this.thread.shutdownNow();
		this.forwarder.close();
	}

}
