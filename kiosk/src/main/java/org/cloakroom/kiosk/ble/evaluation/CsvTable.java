package org.cloakroom.kiosk.ble.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.cloakroom.kiosk.CsvRows;

/**
 * A data set's CSV file (gzip-compressed where it ends in {@code .gz}) read by its
 * header's column names; a missing column or a value that is not a number is refused
 * naming the file, line and column.
 */
final class CsvTable {

	private CsvTable() {
	}

	/** One data row: its fields by the header's names. */
	static final class Line {

		private final Path file;

		private final List<String> header;

		private int number;

		private List<String> fields;

		Line(Path file, List<String> header) {
			this.file = file;
			this.header = header;
		}

		String text(String column) {
			int index = this.header.indexOf(column);
			if (index < 0) {
				throw new IllegalArgumentException(this.file + " has no column '" + column + "' (its header: "
						+ String.join(",", this.header) + ")");
			}
			if (index >= this.fields.size()) {
				throw new IllegalArgumentException(
						this.file + " line " + this.number + ": no value in column '" + column + "'");
			}
			return this.fields.get(index).strip();
		}

		double number(String column) {
			String text = text(column);
			try {
				return Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(this.file + " line " + this.number + ", column '" + column + "': '"
						+ text + "' is not a number", ex);
			}
		}

		int line() {
			return this.number;
		}

	}

	static void each(Path file, Consumer<Line> action) {
		try (InputStream raw = Files.newInputStream(file);
				InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			Line[] line = { null };
			CsvRows.each(reader, (row) -> {
				if (line[0] == null) {
					line[0] = new Line(file, row.fields().stream().map(String::strip).toList());
					return;
				}
				line[0].number = row.line();
				line[0].fields = row.fields();
				action.accept(line[0]);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
