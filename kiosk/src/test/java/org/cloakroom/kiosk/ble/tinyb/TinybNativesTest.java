package org.cloakroom.kiosk.ble.tinyb;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TinybNativesTest {

	@ParameterizedTest
	@CsvSource({ "amd64, native/linux/x86_64", "x86_64, native/linux/x86_64", "arm, native/arm/armv6",
			"armv7l, native/arm/armv6" })
	void findsTheJarsNativesForThisArchitecture(String arch, String folder) {
		assertThat(TinybNatives.folderFor("Linux", arch)).isEqualTo(folder);
	}

	@Test
	void saysWhatToDoOnA64BitPiWhereTheJarHasNoNatives() {
		assertThatIllegalStateException().isThrownBy(() -> TinybNatives.folderFor("Linux", "aarch64"))
			.withMessageContaining("no natives for aarch64")
			.withMessageContaining("java.library.path");
	}

	@Test
	void refusesOtherSystems() {
		assertThatIllegalStateException().isThrownBy(() -> TinybNatives.folderFor("Mac OS X", "aarch64"))
			.withMessageContaining("only on Linux");
	}

	@ParameterizedTest
	@CsvSource({ "1C:11:22:33:44:55, PUBLIC", "4C:11:22:33:44:55, RANDOM", "C3:11:22:33:44:55, RANDOM",
			"B8:27:EB:00:00:01, PUBLIC" })
	void infersTheAddressTypeTinybCannotReportFromTheTopBits(String address, AddressType type) {
		assertThat(TinybDevice.addressTypeOf(BleAddress.parse(address))).isEqualTo(type);
	}

}
