package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.RetryBackoff;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The forwarding's rules without a network: cursor, batches, backoff and re-sending,
 * against a stand-in receiver (the real one, rsyslog, is in {@code SiemForwardingIT}).
 */
class SiemForwarderTest {

	private final MutableClock clock = MutableClock.startingAt("2026-11-22T08:00:00Z");

	private final List<AuditEntry> log = new ArrayList<>();

	private final AuditLog auditLog = mock(AuditLog.class);

	private final StoredCursor cursor = new StoredCursor();

	private final StandInReceiver receiver = new StandInReceiver();

	private SiemForwarder forwarder;

	@BeforeEach
	void logWithTenEntries() {
		append(10);
		given(this.auditLog.after(anyLong(), anyInt())).willAnswer((call) -> {
			long after = call.getArgument(0);
			int limit = call.getArgument(1);
			return this.log.stream().filter((entry) -> entry.sequence() > after).limit(limit).toList();
		});
		this.forwarder = newForwarder();
	}

	@Test
	void sendsEverythingAfterTheCursorInBoundedBatchesMovingTheCursorAfterEach() {
		this.forwarder.forward();

		assertThat(this.receiver.sequences()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(this.receiver.batchSizes).containsExactly(4, 4, 2);
		assertThat(this.cursor.saved).containsExactly(4L, 8L, 10L);
		assertThat(this.forwarder.status().cursor()).isEqualTo(10);
		assertThat(this.forwarder.status().lastSuccessAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void aNewForwarderResumesFromTheStoredCursor() {
		this.forwarder.forward();
		append(3);

		newForwarder().forward();

		assertThat(this.receiver.sequences()).endsWith(10L, 11L, 12L, 13L).doesNotHaveDuplicates();
	}

	@Test
	void aReceiverThatIsDownKeepsTheCursorAndIsTriedAgainOnlyAfterADoublingBackoff() {
		this.receiver.refusing = true;

		this.forwarder.forward();
		this.forwarder.forward();

		assertThat(this.receiver.attempts).isEqualTo(1);
		assertThat(this.forwarder.status().cursor()).isZero();
		assertThat(this.forwarder.status().lastError()).isEqualTo("Connection refused");
		assertThat(this.forwarder.status().nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(1));

		this.clock.advance(Duration.ofSeconds(1));
		this.forwarder.forward();
		assertThat(this.receiver.attempts).isEqualTo(2);
		assertThat(this.forwarder.status().nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(2));

		this.receiver.refusing = false;
		this.clock.advance(Duration.ofSeconds(1));
		this.forwarder.forward();
		assertThat(this.receiver.attempts).isEqualTo(2);

		this.clock.advance(Duration.ofSeconds(1));
		this.forwarder.forward();
		assertThat(this.receiver.sequences()).hasSize(10);
		assertThat(this.forwarder.status().failures()).isZero();
		assertThat(this.forwarder.status().nextAttemptAt()).isNull();
	}

	@Test
	void theBackoffStopsDoublingAtItsLongest() {
		RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

		assertThat(List.of(1, 2, 3, 4, 50).stream().map(backoff::after)).containsExactly(Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

	@Test
	void entriesWrittenSinceTheReceiverWasLastSeenGoAgainWhenItTurnsOutGone() {
		this.forwarder.forward();
		append(2);
		this.receiver.closeByReceiver();

		this.forwarder.forward();

		assertThat(this.forwarder.status().cursor()).as("back to before the last batch").isEqualTo(8);
		this.clock.advance(Duration.ofSeconds(1));
		this.forwarder.forward();
		assertThat(this.receiver.sequences()).as("the two it lost going, then the two new ones")
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
	}

	@Test
	void aFailedWriteDoesNotMoveTheCursor() {
		this.receiver.failWrites = true;

		this.forwarder.forward();

		assertThat(this.cursor.saved).isEmpty();
		assertThat(this.forwarder.status().cursor()).isZero();
		assertThat(this.forwarder.status().lastError()).isEqualTo("Broken pipe");
	}

	@Test
	void aWriteThatHangsPastTheWriteTimeoutIsDroppedAndItsBatchGoesAgain() throws Exception {
		this.receiver.hangWrites = new CountDownLatch(1);
		Thread sender = new Thread(this.forwarder::forward, "sender");
		sender.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.receiver.writing);

		this.forwarder.abortStalledWrite();
		assertThat(sender.isAlive()).as("within the write timeout the write goes on").isTrue();
		this.clock.advance(Duration.ofSeconds(31));
		this.forwarder.abortStalledWrite();
		sender.join(10_000);

		assertThat(sender.isAlive()).isFalse();
		assertThat(this.forwarder.status().failures()).isEqualTo(1);
		assertThat(this.forwarder.status().lastError()).isEqualTo("Socket closed");
		assertThat(this.cursor.saved).isEmpty();
	}

	private SiemForwarder newForwarder() {
		SyslogMessages messages = new SyslogMessages(13, "door-1", "cloakroom", new JsonEntryBody());
		return new SiemForwarder(this.auditLog, this.cursor, this.receiver, messages, this.clock, 4,
				new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1)), Duration.ofSeconds(30));
	}

	private void append(int count) {
		long from = this.log.size() + 1;
		LongStream.range(from, from + count)
			.mapToObj((sequence) -> new AuditEntry(sequence, Instant.parse("2026-11-22T07:00:00Z"), "DoorTested",
					"kiosk", false, "{}", "p" + sequence, "h" + sequence))
			.forEach(this.log::add);
	}

	/** The cursor table without a database. */
	static final class StoredCursor extends SiemCursorTable {

		final List<Long> saved = new ArrayList<>();

		StoredCursor() {
			super(null);
		}

		@Override
		long lastSequence() {
			return this.saved.isEmpty() ? 0 : this.saved.get(this.saved.size() - 1);
		}

		@Override
		void save(long lastSequence, Instant at) {
			this.saved.add(lastSequence);
		}

	}

	/** A receiver that takes what it is sent, or refuses, or goes away, when told. */
	static final class StandInReceiver implements SyslogConnector {

		final List<String> received = new ArrayList<>();

		final List<Integer> batchSizes = new ArrayList<>();

		int attempts;

		boolean refusing;

		boolean failWrites;

		volatile CountDownLatch hangWrites;

		volatile boolean writing;

		private boolean open;

		@Override
		public SyslogConnection open() throws IOException {
			this.attempts++;
			if (this.refusing) {
				throw new ConnectException("Connection refused");
			}
			this.open = true;
			return new SyslogConnection() {

				@Override
				public void send(List<byte[]> messages) throws IOException {
					if (StandInReceiver.this.hangWrites != null) {
						hang();
					}
					if (StandInReceiver.this.failWrites) {
						throw new IOException("Broken pipe");
					}
					StandInReceiver.this.batchSizes.add(messages.size());
					messages.forEach((message) -> StandInReceiver.this.received
						.add(new String(message, StandardCharsets.UTF_8)));
				}

				@Override
				public boolean stillOpen() {
					return StandInReceiver.this.open;
				}

				@Override
				public void close() {
					if (StandInReceiver.this.hangWrites != null) {
						StandInReceiver.this.hangWrites.countDown();
					}
				}

				/**
				 * Blocks as a write to a receiver that stopped reading does, until
				 * closed.
				 */
				private void hang() throws IOException {
					StandInReceiver.this.writing = true;
					try {
						StandInReceiver.this.hangWrites.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					throw new SocketException("Socket closed");
				}

			};
		}

		/** Gone, and the last batch it was sent with it. */
		void closeByReceiver() {
			this.open = false;
			this.received.remove(this.received.size() - 1);
			this.received.remove(this.received.size() - 1);
		}

		List<Long> sequences() {
			return this.received.stream()
				.map((message) -> Long.parseLong(message.replaceFirst("(?s).* seq=\"(\\d+)\".*", "$1")))
				.toList();
		}

		@Override
		public String target() {
			return "tcp://stand-in:514";
		}

	}

}
