package org.cloakroom.kiosk;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV through Apache Commons CSV, for the imports and exports of every module.
 * What it adds is what an import's error messages need: each row keeps the line it starts
 * on (a quoted field may span lines), a byte-order mark is skipped, blank lines are
 * dropped, and a malformed file is refused naming its line.
 */
public final class CsvRows {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	/** The longest record read, in characters: far beyond any real row. */
	public static final int MAX_RECORD_CHARS = 1 << 20;

	private CsvRows() {
	}

	/** One record and the line (from 1) it starts on. */
	public record Row(int line, List<String> fields) {

		public Row {
			fields = fields.stream().map(FormulaCells::restore).toList();
		}

		boolean blank() {
			return this.fields.size() == 1 && this.fields.get(0).isBlank();
		}

	}

	/** A file that is not CSV: a quote never closed, or text after a closing quote. */
	public static final class MalformedCsvException extends IllegalArgumentException {

		private final int line;

		private final String reason;

		MalformedCsvException(int line, String reason) {
			super("line " + line + ": " + reason);
			this.line = line;
			this.reason = reason;
		}

		public int line() {
			return this.line;
		}

		/** What is wrong, without the line (for a problem that names the line itself). */
		public String reason() {
			return this.reason;
		}

	}

	/**
	 * @throws MalformedCsvException naming the line of the record that is not CSV
	 */
	public static List<Row> read(String text) {
		List<Row> rows = new ArrayList<>();
		each(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), rows::add);
		return rows;
	}

	/**
	 * Hands each record that is not blank to {@code action} as it is read, so that a
	 * large file is never held whole. A record longer than {@value #MAX_RECORD_CHARS}
	 * characters is refused (a quote never closed would otherwise gather the rest of the
	 * file). Exceptions of the reader and of {@code action} pass through.
	 * @throws MalformedCsvException naming the line of the record that is not CSV
	 */
	public static void each(Reader reader, Consumer<Row> action) {
		RecordLength bounded = new RecordLength(reader);
		try (CSVParser parser = CSVParser.parse(bounded, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				// the iterator parses on hasNext(): the count before it is the line the
				// record starts after
				int start = (int) parser.getCurrentLineNumber() + 1;
				bounded.startRecord();
				if (!hasNext(records, start)) {
					return;
				}
				Row row = new Row(start, records.next().toList());
				if (!row.blank()) {
					action.accept(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The records as CSV text, quoting only what needs it, lines ended by CRLF; cells a
	 * spreadsheet would run as formulas are neutralised ({@link FormulaCells}).
	 */
	public static String write(List<List<String>> records) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			for (List<String> record : records) {
				printer
					.printRecord(record.stream().map((value) -> (value != null) ? FormulaCells.neutralise(value) : ""));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static boolean hasNext(Iterator<CSVRecord> records, int line) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new MalformedCsvException(line, reason(ex));
		}
	}

	/**
	 * Counts the characters read since the current record started; the parser reads ahead
	 * by at most its buffer, so the bound holds within that.
	 */
	private static final class RecordLength extends FilterReader {

		private long read;

		private long recordStart;

		RecordLength(Reader in) {
			super(in);
		}

		void startRecord() {
			this.recordStart = this.read;
		}

		@Override
		public int read() throws IOException {
			char[] one = new char[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0];
		}

		@Override
		public int read(char[] chars, int from, int length) throws IOException {
			if (this.read - this.recordStart > MAX_RECORD_CHARS) {
				throw new IOException(String.format("a record is longer than %,d characters (is a quote never closed?)",
						MAX_RECORD_CHARS));
			}
			int n = super.read(chars, from, length);
			this.read += Math.max(n, 0);
			return n;
		}

	}

	private static String reason(RuntimeException ex) {
		String detail = String.valueOf((ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage());
		if (detail.contains("EOF reached before encapsulated token finished")) {
			return "a quoted field is never closed";
		}
		if (detail.contains("between encapsulated token and delimiter")) {
			return "text after a closing quote";
		}
		return detail;
	}

}
