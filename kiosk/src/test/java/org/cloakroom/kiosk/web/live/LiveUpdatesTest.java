package org.cloakroom.kiosk.web.live;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditEntryRecorded;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The fan-out on its own thread: entries that arrive out of order (two transactions'
 * after-commit callbacks race) still go out in sequence and once, a gap is read back from
 * the log, and a stream that resumes is replayed exactly what it missed.
 */
class LiveUpdatesTest {

	private static final Duration BOUND = Duration.ofSeconds(5);

	private final MutableClock clock = MutableClock.startingAt("2026-11-23T08:00:00Z");

	private final AuditLog log = mock(AuditLog.class);

	private LiveUpdates live;

	@BeforeEach
	void start() {
		given(this.log.latest(1)).willReturn(List.of(entry(10)));
		LiveProperties properties = new LiveProperties(8, 5, Duration.ofSeconds(5), 4, Duration.ofSeconds(20));
		this.live = new LiveUpdates(properties, this.log, new LiveFrames(null, null, null), this.clock);
	}

	@AfterEach
	void stop() {
		this.live.closeStreams();
	}

	@Test
	void sendsEntriesInSequenceAndOnceWhenTheyArriveOutOfOrder() throws IOException {
		given(this.log.after(11, 1)).willReturn(List.of(entry(12)));
		ClientEnd kiosk = join(Audience.KIOSK, null);

		record(11);
		record(13);
		record(12);

		await().atMost(BOUND).until(() -> kiosk.ids().size() == 3);
		record(14);
		await().atMost(BOUND).until(() -> kiosk.ids().size() == 4);
		assertThat(kiosk.ids()).containsExactly(11L, 12L, 13L, 14L);
	}

	@Test
	void replaysWhatAResumingStreamMissedThenLiveEntries() throws IOException {
		given(this.log.after(7, 5)).willReturn(List.of(entry(8), entry(9), entry(10)));
		ClientEnd kiosk = join(Audience.KIOSK, 7L);
		record(11);

		await().atMost(BOUND).until(() -> kiosk.ids().size() == 4);
		assertThat(kiosk.ids()).containsExactly(8L, 9L, 10L, 11L);
	}

	@Test
	void tellsTheOfficerPageToReloadWhenItMissedMoreThanIsReplayed() throws IOException {
		ClientEnd officer = join(Audience.OFFICER, 4L);

		await().atMost(BOUND).until(() -> officer.text().contains("event: reload"));
		assertThat(officer.ids()).containsExactly(10L);
		verify(this.log, never()).after(anyLong(), anyInt());
	}

	@Test
	void refusesStreamsBeyondTheLimitAndFreesThePlaceOfOneThatCloses() throws IOException {
		for (int i = 0; i < 4; i++) {
			join(Audience.KIOSK, null);
		}
		assertThat(this.live.reserveSlot()).isFalse();
		await().atMost(BOUND).until(() -> this.live.openStreams() == 4);

		this.live.closeStreams();
		assertThat(this.live.reserveSlot()).isTrue();
	}

	private ClientEnd join(Audience audience, Long after) throws IOException {
		assertThat(this.live.reserveSlot()).isTrue();
		ClientEnd client = new ClientEnd();
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse() {
			@Override
			public jakarta.servlet.ServletOutputStream getOutputStream() {
				return client;
			}
		};
		LiveStream stream = new LiveStream(audience, request.startAsync(request, response), 8, this.clock,
				this.live::forget);
		stream.start();
		stream.onWritePossible();
		this.live.join(stream, after);
		return client;
	}

	private void record(long sequence) {
		this.live.on(new AuditEntryRecorded(entry(sequence), new DoorTested()));
	}

	/** The event each entry records; the live updates read only the entry. */
	@AuditType("DoorTested")
	record DoorTested() implements AuditableEvent {

		@Override
		public AuditSubject subject() {
			return AuditSubject.locker(1);
		}

	}

	private static AuditEntry entry(long sequence) {
		return new AuditEntry(sequence, Instant.parse("2026-11-23T08:00:00Z"), "DoorTested", "locker:1", false, "{}",
				"0".repeat(64), "%064d".formatted(sequence));
	}

}
