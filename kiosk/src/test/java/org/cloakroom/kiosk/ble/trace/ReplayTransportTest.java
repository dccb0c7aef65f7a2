package org.cloakroom.kiosk.ble.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleProperties.ReplayProperties.Pace;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReplayTransportTest {

	private static final Instant RECORDED = Instant.parse("2026-01-01T12:00:00Z");

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	@TempDir
	Path dir;

	private final List<Advertisement> delivered = new ArrayList<>();

	private final AdvertisementSink sink = new AdvertisementSink() {

		@Override
		public void accept(Advertisement advertisement) {
			ReplayTransportTest.this.delivered.add(advertisement);
		}

		@Override
		public void advanceTo(Instant now) {
		}

	};

	@Test
	void playsAtTheRecordedPaceOnTheApplicationsClock() throws Exception {
		Path trace = trace(0, 500, 2000);
		ReplayTransport replay = new ReplayTransport(trace, Pace.RECORDED);
		replay.start(this.sink);

		replay.poll(NOW);
		assertThat(this.delivered).extracting(Advertisement::time).containsExactly(NOW);
		replay.poll(NOW.plusMillis(1999));
		assertThat(this.delivered).extracting(Advertisement::time).containsExactly(NOW, NOW.plusMillis(500));
		replay.poll(NOW.plusMillis(2000));
		assertThat(this.delivered).hasSize(3);
		assertThat(replay.health().detail()).contains("3 advertisements delivered").contains("finished");
		assertThat(replay.name()).isEqualTo("replay");
	}

	@Test
	void countsAndSkipsABadLine() throws Exception {
		Path trace = trace(0, 100);
		Files.writeString(trace, Files.readString(trace).replaceFirst("\n", "\n{not json\n"));
		ReplayTransport replay = new ReplayTransport(trace, Pace.RECORDED);
		replay.start(this.sink);

		replay.poll(NOW);
		replay.poll(NOW.plusSeconds(1));

		assertThat(this.delivered).hasSize(2);
		assertThat(replay.health().detail()).contains("1 bad lines skipped");
	}

	@Test
	void refusesToStartWithoutAReadableFile() {
		assertThatIllegalStateException().isThrownBy(() -> new ReplayTransport(null, Pace.FAST).start(this.sink))
			.withMessageContaining("cloakroom.ble.replay.file");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ReplayTransport(this.dir.resolve("none.jsonl"), Pace.FAST).start(this.sink))
			.withMessageContaining("none.jsonl");
	}

	private Path trace(long... offsets) {
		Path file = this.dir.resolve("trace.jsonl");
		try (TraceWriter writer = new TraceWriter(file, false)) {
			for (long offset : offsets) {
				writer.write(Advertisement.ofRaw(RECORDED.plusMillis(offset), "door",
						BleAddress.parse("5A:11:22:33:44:55"), AddressType.RANDOM, -60, new byte[] { 2, 1, 6 }), null);
			}
		}
		return file;
	}

}
