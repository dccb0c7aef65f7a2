package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer: comma-separated fields, double quotes around a
 * field that holds a comma, quote or line break, a quote inside written twice, lines
 * ended by LF or CRLF. Each record keeps the line it starts on, because a quoted field
 * may span lines. A byte-order mark at the start is skipped.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	/** One record and the line (from 1) it starts on. */
	record Row(int line, List<String> fields) {

		boolean blank() {
			return this.fields.size() == 1 && this.fields.get(0).isBlank();
		}

	}

	/** Thrown for a quote that is never closed or text after a closing quote. */
	static final class MalformedCsvException extends RuntimeException {

		private final int line;

		MalformedCsvException(int line, String message) {
			super("line " + line + ": " + message);
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

	static List<Row> read(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int start = 1;
		int i = 0;
		boolean quoted = false;
		boolean afterQuote = false;
		while (i < csv.length()) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
					afterQuote = true;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				rows.add(new Row(start, List.copyOf(fields)));
				fields.clear();
				field.setLength(0);
				afterQuote = false;
				line++;
				start = line;
			}
			else if (c == '"' && field.isEmpty() && !afterQuote) {
				quoted = true;
			}
			else if (afterQuote) {
				throw new MalformedCsvException(line, "text after a closing quote ('" + c + "')");
			}
			else {
				field.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new MalformedCsvException(start, "a quoted field is never closed");
		}
		if (!field.isEmpty() || !fields.isEmpty() || afterQuote) {
			fields.add(field.toString());
			rows.add(new Row(start, List.copyOf(fields)));
		}
		return rows.stream().filter((row) -> !row.blank()).toList();
	}

	static String write(List<List<String>> records) {
		StringBuilder out = new StringBuilder();
		for (List<String> record : records) {
			for (int f = 0; f < record.size(); f++) {
				out.append((f > 0) ? "," : "").append(quote(record.get(f)));
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static String quote(String value) {
		String text = (value == null) ? "" : value;
		boolean needs = text.chars().anyMatch((c) -> c == ',' || c == '"' || c == '\n' || c == '\r')
				|| (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
		return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}
