package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.cloakroom.kiosk.RetryBackoff;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the audit log to the SIEM from the cursor on, in bounded batches: the log is the
 * queue, so nothing is held only in memory and a SIEM that is down for hours loses
 * nothing. The cursor moves only after a batch was written and flushed. Because a TCP
 * write can succeed into the network stack of a receiver that is already going, every
 * batch first checks that the receiver still holds the connection open; when it finds it
 * gone, the cursor goes back to where the connection was last seen open, and what was
 * written since is sent again (at least once; the SIEM de-duplicates by the event id).
 * After a failure it waits, doubling the wait, measured on the injected clock.
 * <p>
 * {@link #forward()} runs on the one sender thread only; {@link #status()} and
 * {@link #abortStalledWrite()} may be called from any thread.
 */
final class SiemForwarder {

	private static final Logger log = LoggerFactory.getLogger(SiemForwarder.class);

	private final AuditLog auditLog;

	private final SiemCursorTable cursorTable;

	private final SyslogConnector connector;

	private final SyslogMessages messages;

	private final Clock clock;

	private final int batchSize;

	private final RetryBackoff backoff;

	private final Duration writeTimeout;

	private volatile SyslogConnection connection;

	private volatile Instant writingSince;

	private volatile SiemStatus status;

	/** The last sequence written and flushed (the cursor as stored). */
	private long sent;

	/** The cursor as it was when the receiver was last seen holding the connection. */
	private long confirmed;

	private int failures;

	private Instant nextAttempt = Instant.MIN;

	SiemForwarder(AuditLog auditLog, SiemCursorTable cursorTable, SyslogConnector connector, SyslogMessages messages,
			Clock clock, int batchSize, RetryBackoff backoff, Duration writeTimeout) {
		this.auditLog = auditLog;
		this.cursorTable = cursorTable;
		this.connector = connector;
		this.messages = messages;
		this.clock = clock;
		this.batchSize = batchSize;
		this.backoff = backoff;
		this.writeTimeout = writeTimeout;
		this.sent = cursorTable.lastSequence();
		this.confirmed = this.sent;
		this.status = SiemStatus.startingAt(this.sent);
	}

	/**
	 * Sends every entry after the cursor, unless it is waiting out the backoff after a
	 * failure.
	 */
	void forward() {
		if (this.clock.instant().isBefore(this.nextAttempt)) {
			return;
		}
		try {
			boolean more = true;
			while (more && !Thread.currentThread().isInterrupted()) {
				more = forwardBatch();
			}
			succeeded();
		}
		catch (IOException | RuntimeException ex) {
			failed(ex);
		}
	}

	/** Sends one batch; true if a full one went, so that more may wait. */
	private boolean forwardBatch() throws IOException {
		SyslogConnection open = connected();
		List<AuditEntry> batch = this.auditLog.after(this.sent, this.batchSize);
		if (batch.isEmpty()) {
			return false;
		}
		List<byte[]> wire = batch.stream().map(this.messages::of).toList();
		this.writingSince = this.clock.instant();
		try {
			open.send(wire);
		}
		finally {
			this.writingSince = null;
		}
		long last = batch.get(batch.size() - 1).sequence();
		Instant now = this.clock.instant();
		this.cursorTable.save(last, now);
		this.sent = last;
		this.status = this.status.sent(last, now);
		return batch.size() == this.batchSize;
	}

	/**
	 * The connection, opened if there is none; one the receiver has left is a failure,
	 * and one it still holds confirms everything written on it so far.
	 */
	private SyslogConnection connected() throws IOException {
		SyslogConnection open = this.connection;
		if (open == null) {
			open = this.connector.open();
			this.connection = open;
		}
		else if (!open.stillOpen()) {
			throw new IOException("the receiver closed the connection");
		}
		this.confirmed = this.sent;
		return open;
	}

	private void succeeded() {
		if (this.failures > 0) {
			log.info("Forwarding to the SIEM at {} works again after {} failed attempts; sent up to audit entry {}",
					this.connector.target(), this.failures, this.sent);
		}
		this.failures = 0;
		this.nextAttempt = Instant.MIN;
		this.status = this.status.caughtUp(this.sent);
	}

	private void failed(Exception ex) {
		close();
		Instant now = this.clock.instant();
		rewindToConfirmed(now);
		this.failures++;
		Duration wait = this.backoff.after(this.failures);
		this.nextAttempt = now.plus(wait);
		String error = Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName());
		if (this.failures == 1) {
			log.warn(
					"Forwarding to the SIEM at {} failed ({}); entries after audit sequence {} wait in the log, "
							+ "trying again in {}",
					this.connector.target(), error, this.sent, wait, (ex instanceof IOException) ? null : ex);
		}
		else {
			log.debug("Forwarding to the SIEM at {} failed again ({}), attempt {}; next in {}", this.connector.target(),
					error, this.failures, wait);
		}
		this.status = this.status.failed(this.sent, error, now, this.failures, this.nextAttempt);
	}

	/**
	 * Entries written after the receiver was last seen holding the connection may have
	 * been lost with it: they go again.
	 */
	private void rewindToConfirmed(Instant now) {
		if (this.sent <= this.confirmed) {
			return;
		}
		log.info("Audit entries {} to {} were written just before the SIEM connection failed; they are sent again",
				this.confirmed + 1, this.sent);
		try {
			this.cursorTable.save(this.confirmed, now);
			this.sent = this.confirmed;
		}
		catch (RuntimeException ex) {
			log.warn("Could not move the SIEM cursor back to {}; entries after it may not be sent again",
					this.confirmed, ex);
		}
	}

	/**
	 * Drops the connection when a write has hung longer than the write timeout (a
	 * receiver that stopped reading): the write fails, and the batch goes again.
	 */
	void abortStalledWrite() {
		Instant since = this.writingSince;
		SyslogConnection open = this.connection;
		if (since != null && open != null
				&& Duration.between(since, this.clock.instant()).compareTo(this.writeTimeout) > 0) {
			log.warn("A write to the SIEM at {} has hung since {}; dropping the connection", this.connector.target(),
					since);
			open.close();
		}
	}

	SiemStatus status() {
		return this.status;
	}

	String target() {
		return this.connector.target();
	}

	void close() {
		SyslogConnection open = this.connection;
		this.connection = null;
		if (open != null) {
			open.close();
		}
	}

}
