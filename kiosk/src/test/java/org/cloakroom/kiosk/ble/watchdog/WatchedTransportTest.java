package org.cloakroom.kiosk.ble.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.CollectingSink;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lifecycle that the BlueZ and TinyB transports share, on a scan that scans whenever
 * asked (the real stacks are tested against a D-Bus BlueZ).
 */
class WatchedTransportTest {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final RadioProperties RADIO = new RadioProperties(Duration.ofMillis(50), Duration.ofMinutes(1),
			Duration.ofSeconds(10), "");

	private final StubTransport transport = new StubTransport();

	private final CollectingSink sink = new CollectingSink();

	@AfterEach
	void stop() {
		this.transport.stop();
	}

	@Test
	void reportsTheWatchdogsHealthAndDeliversWhatTheScanHears() {
		assertThat(this.transport.health()).isEqualTo(TransportHealth.stopped("not started"));

		this.transport.start(this.sink);
		await().atMost(DEADLINE)
			.untilAsserted(
					() -> assertThat(this.transport.health()).isEqualTo(TransportHealth.scanning("scanning on hci0")));
		this.transport.scan(0).hear(1);

		assertThat(this.sink.received()).extracting(Advertisement::address).containsExactly(new BleAddress(1));
	}

	@Test
	void stopsTheWatchdogResetsTheScanAndDropsWhatArrivesAfterwards() {
		this.transport.start(this.sink);
		await().atMost(DEADLINE).until(() -> this.transport.health().scanning());

		this.transport.stop();
		this.transport.scan(0).hear(1);

		assertThat(this.transport.health()).isEqualTo(TransportHealth.stopped("stopped"));
		assertThat(this.transport.scan(0).resets.get()).isPositive();
		assertThat(this.sink.received()).isEmpty();
	}

	@Test
	void startedAgainEndsThePreviousRunAndKeepsOnlyTheNewOnesAdvertisements() {
		this.transport.start(this.sink);
		await().atMost(DEADLINE).until(() -> this.transport.health().scanning());

		this.transport.start(this.sink);
		this.transport.scan(0).hear(1);
		this.transport.scan(1).hear(2);

		assertThat(this.transport.scan(0).resets.get()).isPositive();
		assertThat(this.sink.received()).extracting(Advertisement::address).containsExactly(new BleAddress(2));
		await().atMost(DEADLINE).until(() -> this.transport.health().scanning());
	}

	/** A transport whose every run is a {@link StubScan}. */
	private static final class StubTransport extends WatchedTransport {

		private final List<StubScan> scans = new ArrayList<>();

		StubTransport() {
			super("stub", RADIO, Clock.systemUTC());
		}

		@Override
		protected synchronized Scan begin(Consumer<Advertisement> deliver, ScanWatchdog watchdog) {
			StubScan scan = new StubScan(deliver);
			this.scans.add(scan);
			return scan;
		}

		synchronized StubScan scan(int run) {
			return this.scans.get(run);
		}

	}

	/** Scans on hci0 whenever asked; hears what the test says. */
	private static final class StubScan implements Scan {

		private final Consumer<Advertisement> deliver;

		final AtomicInteger resets = new AtomicInteger();

		StubScan(Consumer<Advertisement> deliver) {
			this.deliver = deliver;
		}

		void hear(long address) {
			this.deliver.accept(Advertisement.ofRaw(Instant.now(), "hci0", new BleAddress(address), AddressType.PUBLIC,
					-60, new byte[] { 0x02, 0x01, 0x06 }));
		}

		@Override
		public List<String> ensureScanning() {
			return List.of("hci0");
		}

		@Override
		public void restartDiscovery() {
		}

		@Override
		public void reset() {
			this.resets.incrementAndGet();
		}

	}

}
