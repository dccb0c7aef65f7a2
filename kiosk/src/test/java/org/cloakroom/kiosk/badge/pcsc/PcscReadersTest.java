package org.cloakroom.kiosk.badge.pcsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ServiceLoader;

import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PcscReadersTest {

	@Test
	void theServiceLoaderFindsThePcscReaders() {
		assertThat(ServiceLoader.load(BadgeReaderFactory.class).stream().map(ServiceLoader.Provider::get))
			.anySatisfy((factory) -> {
				assertThat(factory).isInstanceOf(PcscReaders.class);
				assertThat(factory.type()).isEqualTo(BadgeReaderType.PCSC);
			});
	}

	@Test
	void buildsAReaderFromAWiringFilesPivEntryWithoutOpeningAnything(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("bank.yaml");
		Files.writeString(file, Files.readString(Path.of("../firmware-config/lockers/bench-12.yaml"))
				+ "readers:\n  - { name: door, type: pcsc, format: piv, pcsc-reader: \"ACS ACR1252\" }\n");
		BadgeReaderWiring wiring = WiringReader.read(file).readers().get(0);

		try (BadgeReader reader = new PcscReaders().create(wiring,
				new ReaderContext(Clock.systemUTC(), "mock", file))) {
			assertThat(wiring.format()).isEqualTo(BadgeFormat.PIV);
			assertThat(wiring.pcscReader()).isEqualTo("ACS ACR1252");
			assertThat(reader.name()).isEqualTo("door");
			assertThat(reader.health().reading()).isFalse();
			assertThat(reader.health().detail()).isEqualTo("not started");
		}
	}

}
