package org.cloakroom.kiosk.badge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiegandFrame;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The factories found on the class path, and a wired type the kiosk has none for. */
class ReaderFactoriesTest {

	private static final Path FILE = Path.of("/etc/cloakroom/lockers.yaml");

	private final ReaderContext context = new ReaderContext(Clock.systemUTC(), "mock", FILE);

	@Test
	void theServiceLoaderFindsTheKeyboardWedgesFactory() {
		BadgeReader reader = ReaderFactories.load()
			.create(new BadgeReaderWiring("door", BadgeReaderType.KEYBOARD_WEDGE, BadgeFormat.DECIMAL,
					"/dev/input/by-id/usb-reader-event-kbd", null, null, null, null), this.context);

		assertThat(reader.name()).isEqualTo("door");
		assertThat(reader.health().reading()).as("not started").isFalse();
	}

	@Test
	void aWiredTypeWithoutAFactoryStopsStartUpInOneSentenceNamingReaderTypeAndFile() {
		ReaderFactories none = new ReaderFactories(Map.of());
		BankWiring wiring = new BankWiring(null, "bench", null, null, null,
				List.of(new BadgeReaderWiring("panel", BadgeReaderType.WIEGAND, BadgeFormat.DECIMAL, null, null, 20, 21,
						WiegandFrame.WIEGAND_26)),
				WiringReader.read(Path.of("../firmware-config/lockers/bench-12.yaml")).lockers());

		assertThatIllegalStateException()
			.isThrownBy(() -> new BadgeReaders(wiring, none, List.of(), null, this.context))
			.withMessage("Badge reader 'panel' in /etc/cloakroom/lockers.yaml is of type wiegand, which this kiosk "
					+ "cannot read: no BadgeReaderFactory for wiegand is on its class path");
	}

}
