package org.cloakroom.kiosk.badge.wedge;

import java.io.IOException;
import java.nio.file.Path;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * An input device opened and grabbed with {@code EVIOCGRAB}, so that what the reader
 * types reaches this program only: not the kiosk's screen, not another window. A device
 * that cannot be grabbed is not read at all, because its keystrokes would reach the
 * screen. Reads wait at most {@link #WAIT_MS} at a time, so that closing never waits on a
 * reader that types nothing.
 */
final class GrabbedDevice implements EventDevice {

	static final int WAIT_MS = 200;

	private static final LibC C = LibC.INSTANCE;

	private final Path path;

	private int fd;

	private GrabbedDevice(Path path, int fd) {
		this.path = path;
		this.fd = fd;
	}

	/**
	 * @throws IOException what failed, with the error and what to do about it
	 */
	static GrabbedDevice open(Path path) throws IOException {
		int fd = C.open(path.toString(), LibC.O_RDONLY | LibC.O_NONBLOCK | LibC.O_CLOEXEC);
		if (fd < 0) {
			throw new IOException(openFailed(path, Native.getLastError()));
		}
		if (C.ioctl(fd, new NativeLong(LibC.EVIOCGRAB), 1) != 0) {
			int errno = Native.getLastError();
			C.close(fd);
			throw new IOException(grabFailed(path, errno));
		}
		return new GrabbedDevice(path, fd);
	}

	static String openFailed(Path path, int errno) {
		String failed = "cannot open " + path + ": " + error(errno);
		return switch (errno) {
			case LibC.ENOENT -> "no device " + path + ": is the reader plugged in?";
			case LibC.EACCES -> failed + ": is the kiosk's user in group cloakroom, and the udev rule "
					+ "99-cloakroom-badge.rules installed?";
			default -> failed;
		};
	}

	static String grabFailed(Path path, int errno) {
		String failed = "EVIOCGRAB on " + path + " failed: " + error(errno);
		return switch (errno) {
			case LibC.ENOTTY -> failed + ": is it an input device?";
			case LibC.EBUSY -> failed + ": another program has grabbed it; stop that program, or unplug the "
					+ "reader and plug it in again";
			default -> failed;
		};
	}

	private static String error(int errno) {
		return C.strerror(errno) + " (errno " + errno + ")";
	}

	@Override
	public int read(byte[] buffer) throws IOException {
		Memory poll = new Memory(8);
		synchronized (this) {
			if (this.fd < 0) {
				return -1;
			}
			poll.setInt(0, this.fd);
		}
		poll.setShort(4, LibC.POLLIN);
		poll.setShort(6, (short) 0);
		int ready = C.poll(poll, new NativeLong(1), WAIT_MS);
		if (ready <= 0) {
			// nothing yet, or a signal (EINTR): the caller asks again
			return 0;
		}
		if ((poll.getShort(6) & (LibC.POLLERR | LibC.POLLHUP | LibC.POLLNVAL)) != 0) {
			return -1;
		}
		synchronized (this) {
			if (this.fd < 0) {
				return -1;
			}
			long read = C.read(this.fd, buffer, new NativeLong(buffer.length)).longValue();
			if (read >= 0) {
				return (int) read;
			}
			int errno = Native.getLastError();
			if (errno == LibC.EAGAIN) {
				return 0;
			}
			// ENODEV: unplugged
			return -1;
		}
	}

	@Override
	public synchronized void close() {
		if (this.fd >= 0) {
			C.ioctl(this.fd, new NativeLong(LibC.EVIOCGRAB), 0);
			C.close(this.fd);
			this.fd = -1;
		}
	}

	@Override
	public String toString() {
		return this.path + " (grabbed)";
	}

}
