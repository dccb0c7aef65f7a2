package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A device file the wiring names, found under the doctor's {@code --dev} folder (so that
 * a test's folder can stand in for /dev), and what kind of file it is.
 */
final class DeviceFiles {

	private static final String DEV = "/dev/";

	/** stat(2)'s file type bits and the character device's type. */
	private static final int TYPE_BITS = 0170000;

	private static final int CHARACTER_DEVICE = 0020000;

	private DeviceFiles() {
	}

	/**
	 * {@code /dev/cloakroom-rs485} as {@code dev/cloakroom-rs485}; a path elsewhere as it
	 * is.
	 */
	static Path locate(Path dev, String configured) {
		return configured.startsWith(DEV) ? dev.resolve(configured.substring(DEV.length())) : Path.of(configured);
	}

	/** Whether the file (or what its link points to) is a character device. */
	static boolean isCharacterDevice(Path file) {
		try {
			int mode = (Integer) Files.getAttribute(file, "unix:mode");
			return (mode & TYPE_BITS) == CHARACTER_DEVICE;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return false;
		}
	}

}
