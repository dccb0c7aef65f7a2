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
 * Reads a trace line by line; blank lines are ignored. A lenient reader (the replay
 * transport's, {@code ble replay --lenient}) counts a bad line, logs it with its file and
 * line number, and skips it; a strict one ({@link #strict}) refuses it with a
 * {@link RejectedLine} naming the file, the line and what is wrong.
 */
public final class TraceReader implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(TraceReader.class);

	private final Path file;

	private final BufferedReader lines;

	private long lineNumber;

	private long skipped;

	private final boolean lenient;

	/** A lenient reader: bad lines are logged, counted and skipped. */
	public TraceReader(Path file) {
		this(file, true);
	}

	/** A reader that stops at the first bad line. */
	public static TraceReader strict(Path file) {
		return new TraceReader(file, false);
	}

	private TraceReader(Path file, boolean lenient) {
		this.file = file;
		this.lenient = lenient;
		try {
			this.lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the trace " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The next good entry, or {@code null} at the end of the file.
	 * @throws RejectedLine from a strict reader, at a line it cannot read
	 */
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
				if (!this.lenient) {
					throw new RejectedLine(this.file, this.lineNumber, ex.getMessage());
				}
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

	/** A line a strict reader refused: the file, its number (from 1) and why. */
	public static final class RejectedLine extends IllegalArgumentException {

		private final long lineNumber;

		RejectedLine(Path file, long lineNumber, String why) {
			super("line " + lineNumber + " of the trace " + file + ": " + why);
			this.lineNumber = lineNumber;
		}

		public long lineNumber() {
			return this.lineNumber;
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
