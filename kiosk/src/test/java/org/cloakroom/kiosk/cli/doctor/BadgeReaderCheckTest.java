package org.cloakroom.kiosk.cli.doctor;

import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.badge.cli.InstalledReaders;
import org.cloakroom.kiosk.cli.doctor.Finding.Status;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badge reader check where {@code DoctorIT} cannot put it: on a machine without
 * libpcsclite (this one has it), found where the kiosk looks for it.
 */
class BadgeReaderCheckTest {

	@TempDir
	Path root;

	@Test
	void pcscReadersWithoutLibpcscliteFailNamingThePackage() {
		BadgeReaderWiring desk = new BadgeReaderWiring("desk", BadgeReaderType.PCSC, BadgeFormat.HEX, null, null, null,
				null, null);
		BadgeReaderCheck check = new BadgeReaderCheck(List.of(desk), this.root.resolve("dev"), this.root.resolve("run"),
				DeviceAccess.of(System.getProperty("user.name")),
				InstalledReaders.pcscLibraryMissing((library) -> false), "gpiod");
		assertThat(check.run()).singleElement().satisfies((finding) -> {
			assertThat(finding.status()).isEqualTo(Status.FAIL);
			assertThat(finding.check()).isEqualTo("readers");
			assertThat(finding.found()).endsWith("libpcsclite.so.1 is missing (PC/SC reader desk)");
			assertThat(finding.fix())
				.isEqualTo("install the Debian package libpcsclite1 (apt-get install libpcsclite1 pcscd)");
		});
	}

}
