package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Device files the wiring names, found under the doctor's stand-in for /dev. */
class DeviceFilesTest {

	@TempDir
	Path dev;

	@Test
	void aPathUnderDevIsFoundUnderTheDevFolderAndAnotherAsItIs() {
		assertThat(DeviceFiles.locate(this.dev, "/dev/cloakroom/badge-reader-0"))
			.isEqualTo(this.dev.resolve("cloakroom/badge-reader-0"));
		assertThat(DeviceFiles.locate(this.dev, "/tmp/kiosk-pty")).isEqualTo(Path.of("/tmp/kiosk-pty"));
	}

	@Test
	void onlyACharacterDeviceIsOne() throws IOException {
		// /dev/null is a character device on every Linux
		assertThat(DeviceFiles.isCharacterDevice(Path.of("/dev/null"))).isTrue();
		Path link = Files.createSymbolicLink(this.dev.resolve("null-link"), Path.of("/dev/null"));
		assertThat(DeviceFiles.isCharacterDevice(link)).as("through a udev-style link").isTrue();
		assertThat(DeviceFiles.isCharacterDevice(Files.createFile(this.dev.resolve("regular")))).isFalse();
		assertThat(DeviceFiles.isCharacterDevice(this.dev)).as("a directory").isFalse();
		assertThat(DeviceFiles.isCharacterDevice(this.dev.resolve("missing"))).isFalse();
	}

}
