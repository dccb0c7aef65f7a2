package org.cloakroom.kiosk.ble.trace;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * Appends entries to a trace file, one line each; safe to call from several threads.
 */
public final class TraceWriter implements Closeable {

	private final Path file;

	private final BufferedWriter out;

	private final boolean flushEachLine;

	/**
	 * @param flushEachLine whether each line reaches the file at once (recording a live
	 * radio) or only when the buffer fills (generating)
	 */
	public TraceWriter(Path file, boolean flushEachLine) {
		this.file = file;
		this.flushEachLine = flushEachLine;
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the trace " + file + ": " + ex.getMessage(), ex);
		}
	}

	public synchronized void write(Advertisement advertisement, TraceLabel label) {
		try {
			this.out.write(TraceFormat.write(advertisement, label));
			this.out.newLine();
			if (this.flushEachLine) {
				this.out.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write to the trace " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	public Path file() {
		return this.file;
	}

	@Override
	public synchronized void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close the trace " + this.file + ": " + ex.getMessage(), ex);
		}
	}

}
