package org.cloakroom.kiosk.locker.gpio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Why gpiod cannot start, said before Pi4J fails late or quietly. */
class GpiodPreflightTest {

	@TempDir
	Path dev;

	@Test
	void saysThereIsNoGpioChip() {
		assertThat(preflight("aarch64", true, true).problem()).hasValueSatisfying((problem) -> assertThat(problem)
			.startsWith("no " + this.dev.resolve("gpiochip*") + " on this machine: it is not a Raspberry Pi"));
	}

	@Test
	void pointsAtTheUdevRuleWhenTheChipIsNotAccessible() throws IOException {
		Files.createFile(this.dev.resolve("gpiochip0"));

		assertThat(preflight("aarch64", false, true).problem()).hasValueSatisfying((problem) -> assertThat(problem)
			.startsWith("permission denied on " + this.dev.resolve("gpiochip0") + " for user ")
			.contains("firmware-config/udev/99-cloakroom-gpio.rules")
			.contains("gpio group"));
	}

	@Test
	void saysThePluginHasNoNativeLibraryForThisArchitecture() throws IOException {
		Files.createFile(this.dev.resolve("gpiochip0"));

		assertThat(preflight("amd64", true, true).problem()).contains(
				"Pi4J 2.8's gpiod plugin carries libgpiod only for aarch64 and armhf, and this JVM runs on amd64");
	}

	@Test
	void saysPi4jDoesNotRecogniseTheBoard() throws IOException {
		Files.createFile(this.dev.resolve("gpiochip0"));

		assertThat(preflight("aarch64", true, false).problem()).hasValueSatisfying(
				(problem) -> assertThat(problem).startsWith("Pi4J does not recognise this board as a Raspberry Pi"));
	}

	@Test
	void passesOnAPiWithAnAccessibleChip() throws IOException {
		Files.createFile(this.dev.resolve("gpiochip0"));
		Files.createFile(this.dev.resolve("gpiochip4"));

		assertThat(preflight("aarch64", true, true).problem()).isEmpty();
	}

	@Test
	void stopsTheGpiodContextWithTheReason() {
		assertThatExceptionOfType(GpioException.class)
			.isThrownBy(() -> Pi4jContexts.open(GpioProvider.GPIOD, preflight("aarch64", true, true)))
			.withMessageStartingWith("GPIO provider gpiod cannot start: no ");
	}

	private GpiodPreflight preflight(String arch, boolean accessible, boolean raspberryPi) {
		return new GpiodPreflight(this.dev, arch, (chip) -> accessible, () -> raspberryPi);
	}

}
