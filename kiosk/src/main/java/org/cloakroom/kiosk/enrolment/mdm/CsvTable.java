package org.cloakroom.kiosk.enrolment.mdm;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.cloakroom.kiosk.CsvRows;
import org.cloakroom.kiosk.Utf8Reader;

/**
 * A CSV file whose columns are found by header name, case-insensitively and ignoring
 * spaces, '_' and '-', in any order; unknown columns are ignored. It is read as a stream,
 * one row at a time.
 */
final class CsvTable {

	private final Map<String, Integer> columns = new HashMap<>();

	private final int width;

	private CsvTable(List<String> header) {
		this.width = header.size();
		for (int i = 0; i < header.size(); i++) {
			this.columns.putIfAbsent(normal(header.get(i)), i);
		}
	}

	/**
	 * Reads the file, handing each data row to {@code action} with its line; reports to
	 * {@code export} why it cannot (not UTF-8, not CSV, no header, a required column
	 * missing) or which row has the wrong number of fields.
	 */
	static void read(Reader reader, ParsedExport export, List<String> required, BiConsumer<Integer, Row> action) {
		CsvTable[] table = { null };
		try {
			CsvRows.each(reader, (record) -> {
				if (table[0] == null) {
					table[0] = header(record, export, required);
				}
				else if (record.fields().size() != table[0].width) {
					export.problem(record.line(),
							"the row has " + record.fields().size() + " fields, the header has " + table[0].width);
				}
				else {
					action.accept(record.line(), new Row(table[0], record.fields()));
				}
			});
			if (table[0] == null) {
				export.problem(0, "the file is empty; it needs a header line with " + String.join(", ", required));
			}
		}
		catch (CsvRows.MalformedCsvException ex) {
			export.problem(ex.line(), ex.reason());
		}
		catch (Utf8Reader.NotUtf8Exception ex) {
			export.problem(ex.line(), ex.getMessage());
		}
		catch (HeaderRefused ex) {
			// reported: the rows cannot be read without their columns
		}
	}

	private static CsvTable header(CsvRows.Row header, ParsedExport export, List<String> required) {
		CsvTable table = new CsvTable(header.fields());
		List<String> missing = required.stream().filter((name) -> !table.has(name)).toList();
		if (!missing.isEmpty()) {
			export.problem(header.line(), "the header lacks the column" + (missing.size() == 1 ? " " : "s ")
					+ String.join(", ", missing) + " (it has " + String.join(", ", header.fields()) + ")");
			throw new HeaderRefused();
		}
		return table;
	}

	boolean has(String name) {
		return this.columns.containsKey(normal(name));
	}

	private static String normal(String name) {
		return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
	}

	/** One data row. */
	static final class Row {

		private final CsvTable table;

		private final List<String> fields;

		private Row(CsvTable table, List<String> fields) {
			this.table = table;
			this.fields = fields;
		}

		/** The named column's value, or {@code null} when the file has no such column. */
		String get(String name) {
			Integer index = this.table.columns.get(normal(name));
			return (index != null) ? this.fields.get(index) : null;
		}

	}

	private static final class HeaderRefused extends RuntimeException {

		HeaderRefused() {
			super(null, null, false, false);
		}

	}

}
