package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.CsvRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue's CSV layout: a header row naming the columns (any order, case and
 * {@code _ -} spaces ignored), then one entry per row. Columns: {@code id}, {@code name},
 * {@code publisher}, {@code severity}, {@code reason}, {@code aliasOf} (optional),
 * {@code identifiers} ({@code platform:identifier[;verified[;evidence]]} items separated
 * by {@code |}) and {@code sources} ({@code published;title;url[;note]} items separated
 * by {@code |}), see {@link CellLists}.
 */
final class CatalogueCsv {

	static final List<String> COLUMNS = List.of("id", "name", "publisher", "severity", "reason", "aliasOf",
			"identifiers", "sources");

	private static final List<String> OPTIONAL = List.of("aliasOf");

	private CatalogueCsv() {
	}

	/** Drafts of every row, or the problems of the file as a whole (its header). */
	record Parsed(List<CatalogueDraft> drafts, List<CatalogueProblem> problems) {
	}

	static Parsed read(String text) {
		List<CsvRows.Row> rows;
		try {
			rows = CsvRows.read(text);
		}
		catch (CsvRows.MalformedCsvException ex) {
			return new Parsed(List.of(), List.of(new CatalogueProblem(ex.line(), null, "csv", null, ex.getMessage())));
		}
		if (rows.isEmpty()) {
			return new Parsed(List.of(), List.of(new CatalogueProblem(1, null, "header", "", "the file is empty")));
		}
		List<CatalogueProblem> problems = new ArrayList<>();
		Map<String, Integer> columns = header(rows.get(0), problems);
		if (!problems.isEmpty()) {
			return new Parsed(List.of(), problems);
		}
		List<CatalogueDraft> drafts = new ArrayList<>();
		for (CsvRows.Row row : rows.subList(1, rows.size())) {
			if (row.fields().size() != rows.get(0).fields().size()) {
				problems.add(new CatalogueProblem(row.line(), null, "row", String.valueOf(row.fields().size()),
						"the row has " + row.fields().size() + " fields, the header has "
								+ rows.get(0).fields().size()));
				continue;
			}
			drafts.add(draft(row, columns, problems));
		}
		return new Parsed(drafts, problems);
	}

	private static Map<String, Integer> header(CsvRows.Row header, List<CatalogueProblem> problems) {
		Map<String, String> known = new HashMap<>();
		COLUMNS.forEach((column) -> known.put(normal(column), column));
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i);
			String column = known.get(normal(name));
			if (column == null) {
				problems.add(new CatalogueProblem(header.line(), null, "header", name,
						"column '" + name + "' is not one of " + String.join(", ", COLUMNS)));
			}
			else if (columns.putIfAbsent(column, i) != null) {
				problems.add(new CatalogueProblem(header.line(), null, "header", name,
						"column '" + name + "' appears twice"));
			}
		}
		COLUMNS.stream()
			.filter((column) -> !OPTIONAL.contains(column) && !columns.containsKey(column))
			.forEach((column) -> problems.add(
					new CatalogueProblem(header.line(), null, "header", column, "column '" + column + "' is missing")));
		return columns;
	}

	private static CatalogueDraft draft(CsvRows.Row row, Map<String, Integer> columns,
			List<CatalogueProblem> problems) {
		Map<String, String> cells = new HashMap<>();
		columns.forEach((column, index) -> cells.put(column, row.fields().get(index)));
		String id = cells.get("id");
		List<CatalogueDraft.IdentifierDraft> identifiers = new ArrayList<>();
		for (List<String> item : CellLists.read(cells.get("identifiers"))) {
			String[] named = item.get(0).split(":", 2);
			if (named.length < 2) {
				problems
					.add(new CatalogueProblem(row.line(), blankToNull(id), "identifiers", item.get(0), "identifier '"
							+ item.get(0) + "' is not written platform:identifier, e.g. android:com.tencent.mm"));
				continue;
			}
			identifiers.add(new CatalogueDraft.IdentifierDraft(named[0].strip(), named[1].strip(), field(item, 1),
					field(item, 2)));
		}
		List<CatalogueDraft.SourceDraft> sources = new ArrayList<>();
		for (List<String> item : CellLists.read(cells.get("sources"))) {
			sources.add(new CatalogueDraft.SourceDraft(field(item, 1), field(item, 0), field(item, 2), field(item, 3)));
		}
		return new CatalogueDraft(row.line(), id, cells.get("name"), cells.get("publisher"), cells.get("severity"),
				cells.get("reason"), blankToNull(cells.get("aliasOf")), identifiers, sources);
	}

	static String write(List<FlaggedApp> entries) {
		List<List<String>> records = new ArrayList<>();
		records.add(COLUMNS);
		for (FlaggedApp entry : entries) {
			List<List<String>> identifiers = entry.identifiers()
				.stream()
				.map((i) -> List.of(i.platform().name().toLowerCase(Locale.ROOT) + ":" + i.identifier(),
						i.verified() ? "verified" : "unverified", (i.evidence() == null) ? "" : i.evidence()))
				.toList();
			List<List<String>> sources = entry.sources()
				.stream()
				.map((s) -> List.of(s.published().toString(), s.title(), s.url(), (s.note() == null) ? "" : s.note()))
				.toList();
			records.add(List.of(entry.id(), entry.name(), entry.publisher(), entry.severity().name(), entry.reason(),
					(entry.aliasOf() == null) ? "" : entry.aliasOf(), CellLists.write(identifiers),
					CellLists.write(sources)));
		}
		return CsvRows.write(records);
	}

	private static String field(List<String> item, int index) {
		return (index < item.size()) ? blankToNull(item.get(index)) : null;
	}

	private static String blankToNull(String value) {
		return DraftCheck.blankToNull(value);
	}

	private static String normal(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
	}

}
