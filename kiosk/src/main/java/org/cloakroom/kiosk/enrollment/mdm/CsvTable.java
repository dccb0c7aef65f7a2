package org.cloakroom.kiosk.enrollment.mdm;

import org.cloakroom.kiosk.CsvRows;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A CSV file whose columns are found by header name, case-insensitively and ignoring
 * spaces, '_' and '-', in any order; unknown columns are ignored.
 */
final class CsvTable {

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<CsvRows.Row> records;

	private CsvTable(List<CsvRows.Row> records) {
		this.records = records;
		List<String> header = records.get(0).fields();
		for (int i = 0; i < header.size(); i++) {
			this.columns.putIfAbsent(normal(header.get(i)), i);
		}
	}

	/**
	 * Reads the file, or reports to {@code export} why it cannot (not CSV, no header, a
	 * required column missing) and answers {@code null}.
	 */
	static CsvTable read(byte[] bytes, ParsedExport export, List<String> required) {
		List<CsvRows.Row> records;
		try {
			records = CsvRows.read(Utf8.decode(bytes));
		}
		catch (IllegalArgumentException ex) {
			export.problem(0, ex.getMessage());
			return null;
		}
		if (records.isEmpty()) {
			export.problem(0, "the file is empty; it needs a header line with " + String.join(", ", required));
			return null;
		}
		CsvTable table = new CsvTable(records);
		List<String> missing = required.stream().filter((name) -> !table.has(name)).toList();
		if (!missing.isEmpty()) {
			export.problem(records.get(0).line(), "the header lacks the column" + (missing.size() == 1 ? " " : "s ")
					+ String.join(", ", missing) + " (it has " + String.join(", ", records.get(0).fields()) + ")");
			return null;
		}
		return table;
	}

	boolean has(String name) {
		return this.columns.containsKey(normal(name));
	}

	/**
	 * Hands each data row to {@code action}; a row whose field count differs from the
	 * header's is reported instead.
	 */
	void eachRow(ParsedExport export, BiConsumer<Integer, Row> action) {
		int width = this.records.get(0).fields().size();
		for (CsvRows.Row record : this.records.subList(1, this.records.size())) {
			if (record.fields().size() != width) {
				export.problem(record.line(),
						"the row has " + record.fields().size() + " fields, the header has " + width);
			}
			else {
				action.accept(record.line(), new Row(record.fields()));
			}
		}
	}

	private static String normal(String name) {
		return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
	}

	/** One data row. */
	final class Row {

		private final List<String> fields;

		private Row(List<String> fields) {
			this.fields = fields;
		}

		/** The named column's value, or {@code null} when the file has no such column. */
		String get(String name) {
			Integer index = CsvTable.this.columns.get(normal(name));
			return (index != null) ? this.fields.get(index) : null;
		}

	}

}
