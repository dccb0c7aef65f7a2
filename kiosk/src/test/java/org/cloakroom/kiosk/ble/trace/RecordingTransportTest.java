package org.cloakroom.kiosk.ble.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingTransportTest {

	@TempDir
	Path dir;

	@Test
	void writesWhatTheBackendHearsAndStillDeliversIt() throws Exception {
		Advertisement heard = Advertisement.ofRaw(Instant.parse("2026-11-22T09:00:00Z"), "hci0",
				BleAddress.parse("5A:11:22:33:44:55"), AddressType.RANDOM, -61, new byte[] { 2, 1, 6 });
		PushingTransport radio = new PushingTransport();
		Path file = this.dir.resolve("recorded.jsonl");
		RecordingTransport recording = new RecordingTransport(radio, new TraceWriter(file, true));
		List<Advertisement> delivered = new ArrayList<>();
		recording.start(new AdvertisementSink() {

			@Override
			public void accept(Advertisement advertisement) {
				delivered.add(advertisement);
			}

			@Override
			public void advanceTo(Instant now) {
			}

		});

		radio.sink.accept(heard);

		assertThat(delivered).containsExactly(heard);
		assertThat(Files.readAllLines(file)).singleElement()
			.satisfies((line) -> assertThat(TraceFormat.read(line).advertisement()).isEqualTo(heard));
		assertThat(recording.name()).isEqualTo("pushing");
		assertThat(recording.health().detail()).contains("recording to").contains("recorded.jsonl");
		recording.stop();
	}

	private static final class PushingTransport implements Transport {

		AdvertisementSink sink;

		@Override
		public String name() {
			return "pushing";
		}

		@Override
		public void start(AdvertisementSink sink) {
			this.sink = sink;
		}

		@Override
		public void stop() {
		}

		@Override
		public TransportHealth health() {
			return TransportHealth.scanning("pushing");
		}

	}

}
