package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.locker.Lockers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The markers {@code backup restore} leaves, recorded at a start: each once, oldest
 * restore first, then renamed; a malformed one logged and set aside for a person while
 * the start goes on. The log stands in as a mock answering the restored log's last entry.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestoreRecordingTest {

	private static final Instant HEAD_AT = Instant.parse("2026-12-07T02:29:58.120Z");

	@TempDir
	Path data;

	private final List<Object> published = new ArrayList<>();

	private final AuditLog log = mock(AuditLog.class);

	private final Lockers lockers = mock(Lockers.class);

	private final RestoreRecording recording = new RestoreRecording(null, this.log, this.published::add, this.lockers);

	@Test
	void eachMarkerIsRecordedOnceOldestRestoreFirstAndRenamed() throws IOException {
		given(this.log.after(119, 1)).willReturn(List.of(entry(120, HEAD_AT)));
		RestoreMarker later = new RestoreMarker("cloakroom-20261206-023000.zip", 120, null, null, null,
				RestoreMarkerTest.RESTORED_AT.plusSeconds(60), "dana");
		later.writeInto(this.data);
		RestoreMarkerTest.LOST.writeInto(this.data);

		this.recording.recordMarkersIn(this.data);

		assertThat(this.published).containsExactly(new DatabaseRestored("cloakroom-20261207-023000.zip", 120, HEAD_AT,
				121L, 187L, Instant.parse("2026-12-07T08:59:10.250Z"),
				"/var/log/cloakroom/checkpoints/beyond-restore-20261207-091542", RestoreMarkerTest.RESTORED_AT, "dana"),
				new DatabaseRestored("cloakroom-20261206-023000.zip", 120, HEAD_AT, null, null, null, null,
						RestoreMarkerTest.RESTORED_AT.plusSeconds(60), "dana"));
		assertThat(this.data.toFile().list()).containsExactlyInAnyOrder("restored-20261207-091542.recorded",
				"restored-20261207-091642.recorded");

		this.recording.recordMarkersIn(this.data);
		assertThat(this.published).as("recorded once").hasSize(2);
	}

	@Test
	void aRestoreThatLostEntriesTakesTheFreeLockersOutOfServiceAfterItsEntry() throws IOException {
		given(this.log.after(119, 1)).willReturn(List.of(entry(120, HEAD_AT)));
		ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
		RestoreMarkerTest.LOST.writeInto(this.data);

		new RestoreRecording(null, this.log, events, this.lockers).recordMarkersIn(this.data);

		InOrder order = inOrder(events, this.lockers);
		order.verify(events).publishEvent(DatabaseRestored.from(RestoreMarkerTest.LOST, HEAD_AT));
		order.verify(this.lockers).takeFreeOutOfServiceAfterRestore("cloakroom-20261207-023000.zip");
	}

	@Test
	void aRestoreThatLostNothingLeavesTheLockersAlone() throws IOException {
		given(this.log.after(119, 1)).willReturn(List.of(entry(120, HEAD_AT)));
		new RestoreMarker("cloakroom-20261207-023000.zip", 120, null, null, null, RestoreMarkerTest.RESTORED_AT, "dana")
			.writeInto(this.data);

		this.recording.recordMarkersIn(this.data);

		assertThat(this.published).singleElement().isInstanceOf(DatabaseRestored.class);
		verify(this.lockers, never()).takeFreeOutOfServiceAfterRestore(anyString());
	}

	@Test
	void aRestoreThatLostEntriesIsAnAlertAndOneThatLostNoneANotice() {
		DatabaseRestored lost = DatabaseRestored.from(RestoreMarkerTest.LOST, HEAD_AT);
		DatabaseRestored nothingLost = DatabaseRestored.from(new RestoreMarker("cloakroom-20261207-023000.zip", 120,
				null, null, null, RestoreMarkerTest.RESTORED_AT, null), HEAD_AT);

		assertThat(lost.alert()).isTrue();
		assertThat(lost.severity()).isEqualTo(AlertSeverity.HIGH);
		assertThat(nothingLost.alert()).isFalse();
		assertThat(nothingLost.severity()).isEqualTo(AlertSeverity.NOTICE);
		assertThat(nothingLost.by()).as("an operator the tool did not know").isEqualTo("unknown");
	}

	@Test
	void aMalformedMarkerIsLoggedNamingFileAndFieldAndSetAsideWhileTheOthersAreRecorded(CapturedOutput output)
			throws IOException {
		given(this.log.after(119, 1)).willReturn(List.of(entry(120, HEAD_AT)));
		Path malformed = this.data.resolve("restored-20261201-101010.properties");
		Files.writeString(malformed, "backup=cloakroom-20261130-023000.zip\nchain-head-sequence=many\n");
		RestoreMarkerTest.LOST.writeInto(this.data);

		this.recording.recordMarkersIn(this.data);

		assertThat(this.published).singleElement()
			.isInstanceOfSatisfying(DatabaseRestored.class,
					(restored) -> assertThat(restored.backup()).isEqualTo("cloakroom-20261207-023000.zip"));
		assertThat(output.getOut().lines().filter((line) -> line.contains(malformed.toString()))).singleElement()
			.asString()
			.contains("ERROR", "the field chain-head-sequence 'many' is not a number",
					"renamed to restored-20261201-101010.unreadable");
		assertThat(this.data.toFile().list()).containsExactlyInAnyOrder("restored-20261201-101010.unreadable",
				"restored-20261207-091542.recorded");
	}

	private static AuditEntry entry(long sequence, Instant at) {
		return new AuditEntry(sequence, at, "WrittenDuringBackup", "kiosk", false, "{}", "0".repeat(64), "1".repeat(64),
				"k");
	}

}
