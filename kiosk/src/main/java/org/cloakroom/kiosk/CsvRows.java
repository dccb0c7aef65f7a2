package org.cloakroom.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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

		MalformedCsvException(int line, String message) {
			super("line " + line + ": " + message);
			this.line = line;
		}

		public int line() {
			return this.line;
		}

	}

	/**
	 * @throws MalformedCsvException naming the line of the record that is not CSV
	 */
	public static List<Row> read(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				// the iterator parses on hasNext(): the count before it is the line the
				// record starts after
				int start = (int) parser.getCurrentLineNumber() + 1;
				if (!hasNext(records, start)) {
					return rows;
				}
				Row row = new Row(start, records.next().toList());
				if (!row.blank()) {
					rows.add(row);
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
