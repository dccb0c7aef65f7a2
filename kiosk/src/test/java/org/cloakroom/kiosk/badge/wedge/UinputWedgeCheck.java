package org.cloakroom.kiosk.badge.wedge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.RecordingSink;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The keyboard wedge on a real input device: a virtual keyboard made through
 * {@code /dev/uinput}, read and grabbed by the production reader ({@link GrabbedDevice}),
 * and a second grab refused as another program's. Not in the suite: this check needs
 * {@code /dev/uinput} (writable) and fails, naming it, where there is none. Run it by
 * name on a machine that has it (a Pi, a VM with the uinput module, as root or in group
 * input):
 * {@code mvn -B -o -pl kiosk test -Dtest=UinputWedgeCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class UinputWedgeCheck {

	private static final Path UINPUT = Path.of("/dev/uinput");

	private static final String NAME = "cloakroom-wedge-check";

	@Test
	void aVirtualWedgeIsGrabbedReadAndRefusedToASecondGrab() throws Exception {
		if (!Files.isWritable(UINPUT)) {
			fail(UINPUT + " is missing or not writable: load the uinput module (modprobe uinput) and run as a "
					+ "member of its group; this check needs a real input device");
		}
		try (VirtualKeyboard keyboard = VirtualKeyboard.create()) {
			Path device = keyboard.device();
			RecordingSink sink = new RecordingSink();
			BadgeReader reader = new WedgeReader("door", device, BadgeFormat.DECIMAL, GrabbedDevice::open,
					Clock.systemUTC(), Duration.ofMillis(500), Duration.ofMillis(100), Native.LONG_SIZE);
			reader.start(sink);
			await().atMost(Duration.ofSeconds(10)).until(() -> reader.health().reading());

			assertThatIOException().isThrownBy(() -> GrabbedDevice.open(device).close())
				.withMessageStartingWith("EVIOCGRAB on " + device + " failed: Device or resource busy (errno 16)");
			keyboard.type("0042");
			await().atMost(Duration.ofSeconds(10)).until(() -> !sink.reads().isEmpty());
			reader.close();

			assertThat(sink.reads()).extracting(BadgeRead::badgeId).containsExactly("42");
		}
	}

	/** The C calls uinput needs besides the reader's. */
	interface Uinput extends Library {

		Uinput C = Native.load("c", Uinput.class);

		int ioctl(int fd, NativeLong request, int argument);

		int ioctl(int fd, NativeLong request, Pointer argument);

		NativeLong write(int fd, byte[] buffer, NativeLong count);

	}

	/** A keyboard made through /dev/uinput, with the keys a wedge types. */
	private static final class VirtualKeyboard implements AutoCloseable {

		private static final long UI_SET_EVBIT = 0x40045564L;

		private static final long UI_SET_KEYBIT = 0x40045565L;

		private static final long UI_DEV_SETUP = 0x405c5503L;

		private static final long UI_DEV_CREATE = 0x5501L;

		private static final long UI_DEV_DESTROY = 0x5502L;

		private final int fd;

		private VirtualKeyboard(int fd) {
			this.fd = fd;
		}

		static VirtualKeyboard create() throws IOException {
			int fd = LibC.INSTANCE.open(UINPUT.toString(), 1 | LibC.O_NONBLOCK);
			if (fd < 0) {
				throw new IOException("cannot open " + UINPUT + ": errno " + Native.getLastError());
			}
			VirtualKeyboard keyboard = new VirtualKeyboard(fd);
			keyboard.ioctl(UI_SET_EVBIT, InputEvent.EV_KEY);
			for (int code = 1; code < 128; code++) {
				keyboard.ioctl(UI_SET_KEYBIT, code);
			}
			Memory setup = new Memory(92);
			setup.clear();
			setup.setShort(0, (short) 0x03);
			setup.setShort(2, (short) 0x1234);
			setup.setShort(4, (short) 0x5678);
			setup.setString(8, NAME);
			if (Uinput.C.ioctl(fd, new NativeLong(UI_DEV_SETUP), setup) != 0
					|| Uinput.C.ioctl(fd, new NativeLong(UI_DEV_CREATE), 0) != 0) {
				throw new IOException("uinput refused the device: errno " + Native.getLastError());
			}
			return keyboard;
		}

		/** Its event device, once udev and the kernel have made it. */
		Path device() {
			return await().atMost(Duration.ofSeconds(10)).until(VirtualKeyboard::find, Optional::isPresent).get();
		}

		private static Optional<Path> find() throws IOException {
			try (Stream<Path> inputs = Files.list(Path.of("/sys/class/input"))) {
				for (Path input : inputs.filter((path) -> path.getFileName().toString().startsWith("input")).toList()) {
					if (Files.readString(input.resolve("name")).strip().equals(NAME)) {
						try (Stream<Path> events = Files.list(input)) {
							return events.map((path) -> path.getFileName().toString())
								.filter((name) -> name.startsWith("event"))
								.findFirst()
								.map((name) -> Path.of("/dev/input", name))
								.filter(Files::isReadable);
						}
					}
				}
			}
			return Optional.empty();
		}

		void type(String digits) throws IOException {
			for (char digit : digits.toCharArray()) {
				key(UsKeymap.codeOf(digit));
			}
			key(UsKeymap.KEY_ENTER);
		}

		private void key(int code) throws IOException {
			write(InputEvent.EV_KEY, code, 1);
			write(0, 0, 0);
			write(InputEvent.EV_KEY, code, 0);
			write(0, 0, 0);
		}

		private void write(int type, int code, int value) throws IOException {
			byte[] record = InputEvent.bytes(type, code, value, Native.LONG_SIZE);
			if (Uinput.C.write(this.fd, record, new NativeLong(record.length)).intValue() != record.length) {
				throw new IOException("uinput write failed: errno " + Native.getLastError());
			}
		}

		private void ioctl(long request, int argument) throws IOException {
			if (Uinput.C.ioctl(this.fd, new NativeLong(request), argument) != 0) {
				throw new IOException(
						"uinput ioctl " + Long.toHexString(request) + " failed: errno " + Native.getLastError());
			}
		}

		@Override
		public void close() {
			Uinput.C.ioctl(this.fd, new NativeLong(UI_DEV_DESTROY), 0);
			LibC.INSTANCE.close(this.fd);
		}

	}

}
