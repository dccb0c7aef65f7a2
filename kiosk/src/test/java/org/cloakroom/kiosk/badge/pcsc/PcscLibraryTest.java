package org.cloakroom.kiosk.badge.pcsc;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PcscLibraryTest {

	@ParameterizedTest
	@CsvSource({ "amd64, /usr/lib/x86_64-linux-gnu/libpcsclite.so.1",
			"aarch64, /usr/lib/aarch64-linux-gnu/libpcsclite.so.1",
			"arm, /usr/lib/arm-linux-gnueabihf/libpcsclite.so.1" })
	void findsDebiansRuntimeLibraryForEachArchitecture(String arch, String library) {
		assertThat(PcscLibrary.find(arch, Set.of(Path.of(library))::contains)).contains(Path.of(library));
	}

	@Test
	void prefersTheRuntimeLibraryToTheDevelopmentLink() {
		Set<Path> both = Set.of(Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so"),
				Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"));

		assertThat(PcscLibrary.find("aarch64", both::contains))
			.contains(Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"));
	}

	@Test
	void namesTheDebianPackageWhenTheLibraryIsMissing() {
		assertThat(PcscLibrary.find("arm", (path) -> false)).isEmpty();
		assertThat(PcscLibrary.missing("arm")).isEqualTo("/usr/lib/arm-linux-gnueabihf/libpcsclite.so.1 is missing: "
				+ "install the Debian package libpcsclite1 (apt-get install libpcsclite1 pcscd)");
	}

	@Test
	void namesThePropertyForAnArchitectureItDoesNotKnow() {
		assertThat(PcscLibrary.find("riscv64", (path) -> true)).isEmpty();
		assertThat(PcscLibrary.missing("riscv64")).isEqualTo(
				"no libpcsclite for architecture riscv64: set the Java system property sun.security.smartcardio.library"
						+ " to the library's path");
	}

	@Test
	void findsTheLibraryOnThisMachine() {
		// Debian's libpcsclite1 is installed here and by .ci/run (pcscd depends on it).
		assertThat(PcscLibrary.find(System.getProperty("os.arch"), java.nio.file.Files::isReadable)).isPresent();
	}

}
