package org.cloakroom.kiosk.badge.wiegand;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.ReaderHealth;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Wiegand reader: its edge source's edges, decoded into frames, handed to the sink as
 * badge reads or rejected reads, which it counts for its health.
 */
final class WiegandReader implements BadgeReader {

	private static final Logger log = LoggerFactory.getLogger(WiegandReader.class);

	private final BadgeReaderWiring wiring;

	private final EdgeSource edges;

	private final Clock clock;

	private final WiegandTiming timing;

	private final AtomicLong reads = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private volatile String lastRejection;

	private volatile boolean started;

	private volatile boolean closed;

	WiegandReader(BadgeReaderWiring wiring, EdgeSource edges, Clock clock, WiegandTiming timing) {
		this.wiring = wiring;
		this.edges = edges;
		this.clock = clock;
		this.timing = timing;
	}

	@Override
	public String name() {
		return this.wiring.name();
	}

	@Override
	public void start(BadgeReadSink sink) {
		BadgeReadSink counted = new BadgeReadSink() {

			@Override
			public void read(BadgeRead read) {
				WiegandReader.this.reads.incrementAndGet();
				sink.read(read);
			}

			@Override
			public void rejected(String reader, String reason) {
				WiegandReader.this.rejected.incrementAndGet();
				WiegandReader.this.lastRejection = reason;
				sink.rejected(reader, reason);
			}

		};
		this.started = true;
		this.edges.start(new WiegandDecoder(this.wiring.frame(), this.timing, (reading) -> hand(reading, counted)));
	}

	/** On the edge source's thread, which must go on reading whatever the sink does. */
	private void hand(FrameReading reading, BadgeReadSink sink) {
		try {
			reading.handTo(sink, name(), this.wiring.format(), this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Wiegand reader {}: the sink failed on a read: {}", name(), ex.toString());
		}
	}

	@Override
	public ReaderHealth health() {
		String where = "D0 on BCM " + this.wiring.d0() + ", D1 on BCM " + this.wiring.d1();
		if (this.closed) {
			return ReaderHealth.down("closed (" + where + ")");
		}
		if (!this.started) {
			return ReaderHealth.down("not started (" + where + ")");
		}
		return this.edges.problem()
			.map((problem) -> ReaderHealth.down(problem + " (" + where + ")"))
			.orElseGet(() -> ReaderHealth.reading(where + ": " + count(this.reads.get(), "badge read") + ", "
					+ count(this.rejected.get(), "rejected read")
					+ ((this.lastRejection != null) ? " (the last: " + this.lastRejection + ")" : "")));
	}

	private static String count(long count, String what) {
		return count + " " + what + ((count == 1) ? "" : "s");
	}

	/** Its edge source: the mock inputs that tests and the simulation drive. */
	EdgeSource edges() {
		return this.edges;
	}

	@Override
	public void close() {
		this.closed = true;
		this.edges.close();
	}

}
