package org.cloakroom.kiosk.badge.wedge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Native;

import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.wiring.BadgeFormat;

/**
 * The stand-in for a keyboard-wedge reader's input device where the machine has no
 * {@code /dev/uinput}: a FIFO ({@code mkfifo}) carrying the kernel's {@code input_event}
 * records, which the test writes as the kernel would. What it cannot stand in for is the
 * grab: a FIFO is no input device, so {@code EVIOCGRAB} on it fails (ENOTTY); the reader
 * reads it through {@link #opener()}, which opens without grabbing, and
 * {@code GrabbedDeviceTest} checks the grab (and its failure) on its own.
 */
public final class EvdevStream implements AutoCloseable {

	private final Path fifo;

	private OutputStream writer;

	private EvdevStream(Path fifo) {
		this.fifo = fifo;
	}

	/** A new FIFO at {@code fifo}, made with Debian's {@code mkfifo} (coreutils). */
	public static EvdevStream create(Path fifo) throws IOException, InterruptedException {
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
		if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
			throw new IllegalStateException("mkfifo " + fifo + " failed: "
					+ new String(mkfifo.getInputStream().readAllBytes()) + " (Debian package coreutils)");
		}
		return new EvdevStream(fifo);
	}

	public Path path() {
		return this.fifo;
	}

	/**
	 * Opens the FIFO as a device, without a grab: it waits for a writer, as a read does.
	 */
	static EventDevice.Opener opener() {
		return (path) -> {
			if (!Files.exists(path)) {
				throw new IOException("no device " + path + ": is the reader plugged in?");
			}
			FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
			return new EventDevice() {

				@Override
				public int read(byte[] buffer) throws IOException {
					return channel.read(ByteBuffer.wrap(buffer));
				}

				@Override
				public void close() {
					try {
						channel.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public String toString() {
					return path + " (a FIFO, not grabbed)";
				}

			};
		};
	}

	/** A keyboard-wedge factory that reads FIFOs through {@link #opener()}. */
	public static BadgeReaderFactory factory() {
		return new WedgeReaders(opener());
	}

	/** A reader of this FIFO, opened again every {@code reopenEvery} when it is gone. */
	public BadgeReader reader(String name, BadgeFormat format, Clock clock, Duration gap, Duration reopenEvery) {
		return new WedgeReader(name, this.fifo, format, opener(), clock, gap, reopenEvery, Native.LONG_SIZE);
	}

	/**
	 * Plugs the reader in: opens the FIFO for writing, which waits until the reader has
	 * it open.
	 */
	public EvdevStream plugIn() throws IOException {
		this.writer = Files.newOutputStream(this.fifo, StandardOpenOption.WRITE);
		return this;
	}

	/** Types {@code text} as a wedge does, each key pressed and released, then Enter. */
	public void type(String text) throws IOException {
		keys(text);
		key(UsKeymap.KEY_ENTER);
	}

	/** Types {@code text} without Enter: upper-case letters with the left shift. */
	public void keys(String text) throws IOException {
		for (char character : text.toCharArray()) {
			boolean shift = Character.isUpperCase(character);
			if (shift) {
				write(InputEvent.EV_KEY, UsKeymap.KEY_LEFTSHIFT, 1);
			}
			key(UsKeymap.codeOf(character));
			if (shift) {
				write(InputEvent.EV_KEY, UsKeymap.KEY_LEFTSHIFT, 0);
			}
		}
	}

	/** One key pressed and released, each followed by the kernel's SYN_REPORT. */
	public void key(int code) throws IOException {
		write(InputEvent.EV_KEY, code, 1);
		write(0, 0, 0);
		write(InputEvent.EV_KEY, code, 0);
		write(0, 0, 0);
	}

	public void write(int type, int code, int value) throws IOException {
		this.writer.write(InputEvent.bytes(type, code, value, Native.LONG_SIZE));
		this.writer.flush();
	}

	/** Unplugs the reader: the reading end sees the end of the stream. */
	public void unplug() throws IOException {
		if (this.writer != null) {
			this.writer.close();
			this.writer = null;
		}
	}

	/**
	 * Lets a reader still waiting to open the FIFO go on (to see it is closed): a
	 * non-blocking open for writing succeeds only while someone waits to read.
	 */
	@Override
	public void close() throws IOException {
		unplug();
		int fd = LibC.INSTANCE.open(this.fifo.toString(), 1 | LibC.O_NONBLOCK);
		if (fd >= 0) {
			LibC.INSTANCE.close(fd);
		}
	}

}
