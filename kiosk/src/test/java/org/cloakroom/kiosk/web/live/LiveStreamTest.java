package org.cloakroom.kiosk.web.live;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stream against an output stream that a test opens and shuts, as a client that reads
 * or stops reading would: nothing ever waits, a full queue or a write stalled past the
 * send timeout drops the client, and no entry goes out twice or out of order.
 */
class LiveStreamTest {

	private final MutableClock clock = MutableClock.startingAt("2026-11-23T08:00:00Z");

	private final ClientEnd client = new ClientEnd();

	private final List<LiveStream> closed = new ArrayList<>();

	private MockHttpServletRequest request;

	private LiveStream stream;

	@BeforeEach
	void open() throws IOException {
		this.request = new MockHttpServletRequest();
		this.request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse() {
			@Override
			public ServletOutputStream getOutputStream() {
				return LiveStreamTest.this.client;
			}
		};
		this.stream = new LiveStream(Audience.OFFICER, this.request.startAsync(this.request, response), 3, this.clock,
				this.closed::add);
		this.stream.start();
		this.stream.onWritePossible();
	}

	@Test
	void writesEachEntryOnceAndInOrderWhileTheClientReads() {
		this.stream.offer(frames(1, 2));
		this.stream.offer(frames(2, 3));
		assertThat(this.client.ids()).containsExactly(1L, 2L, 3L);
		assertThat(this.client.text()).startsWith(": open\n\n");
		assertThat(this.stream.isStalled()).isFalse();
		assertThat(this.closed).isEmpty();
	}

	@Test
	void queuesWhileTheClientDoesNotReadAndWritesWhenItReadsAgain() {
		this.client.reading = false;
		this.stream.offer(frames(1, 2));
		assertThat(this.client.ids()).isEmpty();
		assertThat(this.stream.isStalled()).isTrue();

		clientReadsAgain();
		assertThat(this.client.ids()).containsExactly(1L, 2L);
		assertThat(this.stream.isStalled()).isFalse();
	}

	@Test
	void dropsAClientWhoseQueueOverflows() {
		this.client.reading = false;
		this.stream.offer(frames(1, 2, 3));
		assertThat(this.closed).isEmpty();

		this.stream.offer(frames(4));
		assertThat(this.closed).containsExactly(this.stream);
		assertThat(this.request.isAsyncStarted()).as("the response was completed").isFalse();

		clientReadsAgain();
		this.stream.offer(frames(5));
		assertThat(this.client.ids()).as("a dropped client gets nothing more").isEmpty();
	}

	@Test
	void aWriteStallsPastTheSendTimeoutOnlyWhenTheClientStopsReadingForThatLong() {
		Duration timeout = Duration.ofSeconds(5);
		this.stream.offer(frames(1));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.stream.stalledPast(this.clock.instant(), timeout)).as("idle is not stalled").isFalse();

		this.client.reading = false;
		this.stream.offer(frames(2));
		this.clock.advance(timeout);
		this.stream.offer(frames(3));
		assertThat(this.stream.stalledPast(this.clock.instant(), timeout)).isFalse();
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.stream.stalledPast(this.clock.instant(), timeout))
			.as("timed from the first write that waited, not the latest")
			.isTrue();
	}

	@Test
	void replaysWhatWasMissedBeforeLiveEntriesAndNothingTwice() {
		this.stream.resumeAfter(5);
		this.stream.offer(frames(4, 5));
		this.stream.replay(frames(6, 7));
		this.stream.offer(frames(7, 8));
		assertThat(this.client.ids()).containsExactly(6L, 7L, 8L);
	}

	@Test
	void aReplayDoesNotCountAgainstTheBuffer() {
		this.client.reading = false;
		this.stream.replay(frames(1, 2, 3, 4, 5, 6));
		this.stream.offer(frames(7, 8, 9));
		assertThat(this.closed).isEmpty();

		clientReadsAgain();
		assertThat(this.client.ids()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
	}

	@Test
	void sendsAHeartbeatOnlyAfterAQuietSpell() {
		Duration quiet = Duration.ofSeconds(20);
		this.stream.heartbeatIfQuiet(this.clock.instant(), quiet);
		assertThat(this.client.text()).doesNotContain("still here");

		this.clock.advance(quiet);
		this.stream.heartbeatIfQuiet(this.clock.instant(), quiet);
		assertThat(this.client.text()).contains(": still here\n\n");
	}

	@Test
	void aFrameSplitsItsDataIntoLines() {
		assertThat(LiveFrame.event(42, "entry", "<tr>\n<td>1</td>\r\n</tr>").toString())
			.isEqualTo("id: 42\nevent: entry\ndata: <tr>\ndata: <td>1</td>\ndata: </tr>\n\n");
		assertThat(LiveFrame.event(43, "refresh", "").toString()).isEqualTo("id: 43\nevent: refresh\ndata: \n\n");
	}

	/** The container calls the stream back once the client's socket takes bytes again. */
	private void clientReadsAgain() {
		this.client.reading = true;
		this.stream.onWritePossible();
	}

	private static List<LiveFrame> frames(long... sequences) {
		List<LiveFrame> frames = new ArrayList<>();
		for (long sequence : sequences) {
			frames.add(LiveFrame.event(sequence, "entry", "<tr data-sequence=\"" + sequence + "\"></tr>"));
		}
		return frames;
	}

}
