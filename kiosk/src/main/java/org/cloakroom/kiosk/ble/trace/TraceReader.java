package org.cloakroom.kiosk.ble.trace;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a trace line by line. A bad line is counted, logged with its file and line
 * number, and skipped; blank lines are ignored.
 */
public final class TraceReader implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(TraceReader.class);

	private final Path file;

	private final BufferedReader lines;

	private long lineNumber;

	private long skipped;

	public TraceReader(Path file) {
		this.file = file;
		try {
			this.lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the trace " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** The next good entry, or {@code null} at the end of the file. */
	public TraceEntry next() {
		String line;
		while ((line = readLine()) != null) {
			this.lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			try {
				return TraceFormat.read(line);
			}
			catch (IllegalArgumentException ex) {
				this.skipped++;
				logger.warn("Skipped line " + this.lineNumber + " of the trace " + this.file + ": " + ex.getMessage());
			}
		}
		return null;
	}

	/** How many bad lines were skipped so far. */
	public long skipped() {
		return this.skipped;
	}

	/** The number of the line read last. */
	public long lineNumber() {
		return this.lineNumber;
	}

	private String readLine() {
		try {
			return this.lines.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot read line " + (this.lineNumber + 1) + " of the trace " + this.file + ": " + ex.getMessage(),
					ex);
		}
	}

	@Override
	public void close() {
		try {
			this.lines.close();
		}
		catch (IOException ex) {
			logger.warn("Cannot close the trace " + this.file + ": " + ex.getMessage());
		}
	}

}
