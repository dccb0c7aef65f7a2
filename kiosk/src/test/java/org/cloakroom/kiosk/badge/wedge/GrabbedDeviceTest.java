package org.cloakroom.kiosk.badge.wedge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.jna.Native;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.RecordingSink;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.awaitility.Awaitility.await;

/**
 * The exclusive grab, through the C library: a device that cannot be grabbed is not read,
 * and the reader says exactly what failed and what to do. A FIFO stands in for a file
 * that is no input device: EVIOCGRAB on it fails with ENOTTY, as on a serial port or a
 * disk named by mistake.
 */
class GrabbedDeviceTest {

	@Test
	void theGrabOfSomethingThatIsNoInputDeviceFailsSayingSo(@TempDir Path dir) throws Exception {
		try (EvdevStream fifo = EvdevStream.create(dir.resolve("not-an-input"))) {
			assertThatIOException().isThrownBy(() -> GrabbedDevice.open(fifo.path()))
				.withMessage("EVIOCGRAB on " + fifo.path()
						+ " failed: Inappropriate ioctl for device (errno 25): is it an input device?");
		}
	}

	@Test
	void aReaderWhoseDeviceCannotBeGrabbedDoesNotReadAndItsHealthSaysWhy(@TempDir Path dir) throws Exception {
		RecordingSink sink = new RecordingSink();
		try (EvdevStream fifo = EvdevStream.create(dir.resolve("not-an-input"))) {
			BadgeReader reader = new WedgeReader("door", fifo.path(), BadgeFormat.DECIMAL, GrabbedDevice::open,
					MutableClock.startingAt("2026-12-07T08:00:00Z"), Duration.ofMillis(500), Duration.ofMillis(20),
					Native.LONG_SIZE);
			reader.start(sink);
			await().atMost(Duration.ofSeconds(10)).until(() -> reader.health().detail().startsWith("EVIOCGRAB"));
			reader.close();

			assertThat(reader.health().reading()).isFalse();
			assertThat(sink.reads()).isEmpty();
		}
	}

	@Test
	void aDeviceAnotherProgramGrabbedIsNamedAsSuch() {
		assertThat(GrabbedDevice.grabFailed(Path.of("/dev/input/by-id/usb-reader-event-kbd"), LibC.EBUSY))
			.isEqualTo("EVIOCGRAB on /dev/input/by-id/usb-reader-event-kbd failed: Device or resource busy "
					+ "(errno 16): another program has grabbed it; stop that program, or unplug the reader and plug "
					+ "it in again");
	}

	@Test
	void aMissingOrForbiddenDeviceSaysWhatToCheck(@TempDir Path dir) {
		assertThatIOException().isThrownBy(() -> GrabbedDevice.open(dir.resolve("absent")))
			.withMessage("no device " + dir.resolve("absent") + ": is the reader plugged in?");
		assertThat(GrabbedDevice.openFailed(Path.of("/dev/cloakroom/badge-reader-0"), LibC.EACCES))
			.isEqualTo("cannot open /dev/cloakroom/badge-reader-0: Permission denied (errno 13): is the kiosk's "
					+ "user in group cloakroom, and the udev rule 99-cloakroom-badge.rules installed?");
	}

	@Test
	void theGrabIsTheIoctlThatLinuxDefines() throws IOException {
		// _IOW('E', 0x90, int) in linux/input.h
		assertThat(LibC.EVIOCGRAB).isEqualTo(0x40044590L);
	}

}
