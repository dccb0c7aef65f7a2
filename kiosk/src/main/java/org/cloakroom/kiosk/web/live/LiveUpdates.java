package org.cloakroom.kiosk.web.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditEntryRecorded;
import org.cloakroom.kiosk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes the audit log to open pages as server-sent events, once the entry's transaction
 * has committed. The writer's thread only hands the entry to the one live thread and
 * returns: rendering, reading missed entries back from the log and writing to clients all
 * happen there (writes never wait, see {@link LiveStream}), and a {@link LiveWatchdog}
 * drops clients whose writes stall. Every event's id is its audit sequence; audit
 * sequences are gapless and commit in order (the chain head is locked while appending),
 * so a gap in what arrives is read back from the log, and a client that reconnects with
 * {@code Last-Event-ID} is replayed what it missed.
 */
@Component
class LiveUpdates {

	private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

	private static final long UNKNOWN = -1;

	/** Tasks waiting for the live thread; when full, the entries are read back later. */
	private static final int BACKLOG = 4096;

	private final LiveProperties properties;

	private final AuditLog auditLog;

	private final LiveFrames frames;

	private final Clock clock;

	private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();

	private final Semaphore slots;

	private final ThreadPoolExecutor live;

	private final LiveWatchdog watchdog;

	/** The newest sequence handed to the streams; touched only on the live thread. */
	private long lastDispatched = UNKNOWN;

	LiveUpdates(LiveProperties properties, AuditLog auditLog, LiveFrames frames, Clock clock) {
		this.properties = properties;
		this.auditLog = auditLog;
		this.frames = frames;
		this.clock = clock;
		this.slots = new Semaphore(properties.maxClients());
		this.live = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(BACKLOG),
				daemon("cloakroom-live-"));
		this.watchdog = new LiveWatchdog(this.streams, properties, clock);
	}

	/** Takes one of the {@code max-clients} places for a new stream, if one is free. */
	boolean reserveSlot() {
		return this.slots.tryAcquire();
	}

	/**
	 * Gives back a place taken by {@link #reserveSlot} for a stream that never opened.
	 */
	void releaseSlot() {
		this.slots.release();
	}

	/**
	 * Hands a stream that was just opened to the live thread, which replays what it
	 * missed after {@code after} (null: nothing) and then sends it every new entry.
	 */
	void join(LiveStream stream, Long after) {
		if (!submit(() -> replayAndJoin(stream, after))) {
			stream.close("the live thread is too busy");
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AuditEntryRecorded recorded) {
		if (!submit(() -> dispatch(recorded.entry()))) {
			log.warn("Live updates fell behind at audit entry {}; it is read back from the log with the next one",
					recorded.entry().sequence());
		}
	}

	/** How many streams receive entries now. */
	int openStreams() {
		return this.streams.size();
	}

	/** How many of the audience's streams have a write waiting for the client. */
	int stalledStreams(Audience audience) {
		return (int) this.streams.stream()
			.filter(stream -> stream.audience() == audience && stream.isStalled())
			.count();
	}

	/**
	 * Ends every open stream when the program stops: a stream never ends by itself, and
	 * an open one would hold the web server's graceful shutdown for its whole timeout.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeStreams() {
		this.watchdog.close();
		this.live.shutdownNow();
		List.copyOf(this.streams).forEach(stream -> stream.close("the program stops"));
	}

	/**
	 * Called once by each stream that closes: it gets no more entries, and its place is
	 * free.
	 */
	void forget(LiveStream stream) {
		this.streams.remove(stream);
		this.slots.release();
	}

	private boolean submit(Runnable task) {
		try {
			this.live.execute(() -> {
				try {
					task.run();
				}
				catch (RuntimeException ex) {
					log.error("Live updates failed; the open streams are closed and their pages reconnect", ex);
					List.copyOf(this.streams).forEach(stream -> stream.close("live updates failed"));
				}
			});
			return true;
		}
		catch (RejectedExecutionException full) {
			return false;
		}
	}

	private void replayAndJoin(LiveStream stream, Long after) {
		if (this.lastDispatched == UNKNOWN) {
			List<AuditEntry> newest = this.auditLog.latest(1);
			this.lastDispatched = newest.isEmpty() ? 0 : newest.get(0).sequence();
		}
		long from = (after == null) ? this.lastDispatched : Math.min(after, this.lastDispatched);
		stream.resumeAfter(from);
		if (from < this.lastDispatched) {
			stream.replay(replay(stream.audience(), from));
		}
		if (!stream.isClosed()) {
			this.streams.add(stream);
		}
	}

	private List<LiveFrame> replay(Audience audience, long from) {
		int most = this.properties.replayLimit();
		if (this.lastDispatched - from > most) {
			return List.of(this.frames.tooFarBehind(audience, this.lastDispatched, most));
		}
		List<AuditEntry> missed = this.auditLog.after(from, most)
			.stream()
			.filter(entry -> entry.sequence() <= this.lastDispatched)
			.toList();
		return render(audience, missed);
	}

	private void dispatch(AuditEntry entry) {
		long sequence = entry.sequence();
		if (this.lastDispatched == UNKNOWN) {
			this.lastDispatched = sequence - 1;
		}
		if (sequence <= this.lastDispatched) {
			return; // already read back from the log when a later entry arrived first
		}
		long missed = sequence - this.lastDispatched - 1;
		if (missed >= AuditLog.MAX_LIMIT) {
			List.copyOf(this.streams)
				.forEach(stream -> stream.close("live updates fell " + missed + " entries behind"));
		}
		else if (!this.streams.isEmpty()) {
			List<AuditEntry> batch = new ArrayList<>();
			if (missed > 0) {
				batch.addAll(this.auditLog.after(this.lastDispatched, (int) missed));
			}
			batch.add(entry);
			fanOut(batch);
		}
		this.lastDispatched = sequence;
	}

	private void fanOut(List<AuditEntry> batch) {
		Map<Audience, List<LiveFrame>> rendered = new EnumMap<>(Audience.class);
		for (LiveStream stream : this.streams) {
			stream.offer(rendered.computeIfAbsent(stream.audience(), (audience) -> render(audience, batch)));
		}
	}

	private List<LiveFrame> render(Audience audience, List<AuditEntry> entries) {
		return entries.stream().flatMap((entry) -> this.frames.of(audience, entry).stream()).toList();
	}

	private static CustomizableThreadFactory daemon(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
