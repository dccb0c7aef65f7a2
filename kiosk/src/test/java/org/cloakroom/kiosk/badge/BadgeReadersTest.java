package org.cloakroom.kiosk.badge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The readers' lifecycle: started into the desk with the context, closed at shutdown. */
class BadgeReadersTest {

	private final List<String> calls = new ArrayList<>();

	@Test
	void startsEveryReaderIntoTheDeskAndClosesEachAtShutdownEvenWhenOneFailsToClose() {
		BankWiring wiring = WiringReader.read(Path.of("../firmware-config/lockers/bench-12.yaml"));
		BadgeReadDesk desk = new BadgeReadDesk(null, null);
		BadgeReaders readers = new BadgeReaders(wiring, new ReaderFactories(Map.of()),
				List.of(new Fake("one", desk, true), new Fake("two", desk, false)), desk,
				new ReaderContext(Clock.systemUTC(), "mock", Path.of("lockers.yaml")));

		readers.start();
		assertThat(readers.isRunning()).isTrue();
		readers.stop();

		assertThat(readers.isRunning()).isFalse();
		assertThat(this.calls).containsExactly("one started into the desk", "two started into the desk", "one closed",
				"two closed");
	}

	private final class Fake implements BadgeReader {

		private final String name;

		private final BadgeReadDesk desk;

		private final boolean failsToClose;

		Fake(String name, BadgeReadDesk desk, boolean failsToClose) {
			this.name = name;
			this.desk = desk;
			this.failsToClose = failsToClose;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public void start(BadgeReadSink sink) {
			BadgeReadersTest.this.calls.add(this.name + " started" + ((sink == this.desk) ? " into the desk" : ""));
		}

		@Override
		public ReaderHealth health() {
			return ReaderHealth.reading("fake");
		}

		@Override
		public void close() {
			BadgeReadersTest.this.calls.add(this.name + " closed");
			if (this.failsToClose) {
				throw new IllegalStateException("stuck");
			}
		}

	}

}
