package org.cloakroom.kiosk.policy;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.Capped;
import org.cloakroom.kiosk.CsvRows;
import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.Utf8Reader;

/**
 * The catalogue's CSV layout: a header row naming the columns (any order, case and
 * {@code _ -} spaces ignored), then one entry per row. Columns: {@code id}, {@code name},
 * {@code publisher}, {@code severity}, {@code reason}, {@code aliasOf} (optional),
 * {@code identifiers} ({@code platform:identifier[;verified[;evidence]]} items separated
 * by {@code |}) and {@code sources} ({@code published;title;url[;note]} items separated
 * by {@code |}), see {@link CellLists}; then, optional, the entry's words in other
 * languages: {@code name.<tag>} and {@code reason.<tag>} ({@code name.zh-CN},
 * {@code reason.es}).
 */
final class CatalogueCsv {

	static final List<String> COLUMNS = List.of("id", "name", "publisher", "severity", "reason", "aliasOf",
			"identifiers", "sources");

	private static final List<String> OPTIONAL = List.of("aliasOf");

	/** A column of an entry's words in another language: name.zh-CN, reason.es. */
	private static final Pattern LANGUAGE_COLUMN = Pattern.compile("(?i)\\s*(name|reason)\\.(\\S+)\\s*");

	private CatalogueCsv() {
	}

	/**
	 * Drafts of every row, or the problems of the file as a whole (its header): the first
	 * ones, and how many more there were.
	 */
	record Parsed(List<CatalogueDraft> drafts, List<CatalogueProblem> problems, long moreProblems) {

		Parsed(List<CatalogueDraft> drafts, List<CatalogueProblem> problems) {
			this(drafts, problems, 0);
		}

	}

	static Parsed read(String text) {
		return read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), Integer.MAX_VALUE,
				Integer.MAX_VALUE);
	}

	/**
	 * Reads strict UTF-8 CSV as a stream: at most {@code maxRows} entries, and at most
	 * {@code maxProblems} problems kept (the rest counted).
	 */
	static Parsed read(Reader reader, int maxRows, int maxProblems) {
		Capped<CatalogueProblem> problems = new Capped<>(maxProblems);
		List<CatalogueDraft> drafts = new ArrayList<>();
		Header[] header = { null };
		try {
			CsvRows.each(reader, (row) -> {
				if (header[0] == null) {
					header[0] = header(row, problems);
				}
				else if (row.fields().size() != header[0].width) {
					problems.add(new CatalogueProblem(row.line(), null, "row", String.valueOf(row.fields().size()),
							"the row has " + row.fields().size() + " fields, the header has " + header[0].width));
				}
				else if (drafts.size() == maxRows) {
					problems.add(new CatalogueProblem(row.line(), null, "entries", null,
							String.format("the file holds more than %,d entries, the most one import takes (%s)",
									maxRows, ImportLimits.PREFIX + "max-rows")));
					throw new Stop();
				}
				else {
					drafts.add(draft(row, header[0].columns, problems));
				}
			});
		}
		catch (CsvRows.MalformedCsvException ex) {
			return failed(ex.line(), "csv", null, ex.reason());
		}
		catch (Utf8Reader.NotUtf8Exception ex) {
			return failed(ex.line(), "encoding", String.valueOf(ex.offset()), ex.getMessage());
		}
		catch (Stop ex) {
			// the problem that stopped the reading is recorded
		}
		if (header[0] == null && problems.isEmpty()) {
			return failed(1, "header", "", "the file is empty");
		}
		return problems.isEmpty() ? new Parsed(drafts, List.of())
				: new Parsed(drafts, problems.kept(), problems.more());
	}

	private static Parsed failed(int line, String field, String value, String message) {
		return new Parsed(List.of(), List.of(new CatalogueProblem(line, null, field, value, message)));
	}

	/** The header's columns and width; a bad header stops the reading. */
	private record Header(Map<String, Integer> columns, int width) {
	}

	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	private static Header header(CsvRows.Row header, Capped<CatalogueProblem> problems) {
		Map<String, Integer> columns = columns(header, problems);
		if (!problems.isEmpty()) {
			throw new Stop();
		}
		return new Header(columns, header.fields().size());
	}

	private static Map<String, Integer> columns(CsvRows.Row header, Capped<CatalogueProblem> problems) {
		Map<String, String> known = new HashMap<>();
		COLUMNS.forEach((column) -> known.put(normal(column), column));
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i);
			String column = known.get(normal(name));
			Matcher language = LANGUAGE_COLUMN.matcher(name);
			if (column == null && language.matches()) {
				Optional<String> tag = TextLanguages.normal(language.group(2));
				if (tag.isEmpty()) {
					problems.add(new CatalogueProblem(header.line(), null, "header", name, "column '" + name
							+ "' does not name a language like zh-CN or es (English is the name and reason columns)"));
					continue;
				}
				column = language.group(1).toLowerCase(Locale.ROOT) + "." + tag.get();
			}
			if (column == null) {
				problems.add(new CatalogueProblem(header.line(), null, "header", name, "column '" + name
						+ "' is not one of " + String.join(", ", COLUMNS) + ", name.<language> or reason.<language>"));
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
			Capped<CatalogueProblem> problems) {
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
				cells.get("reason"), blankToNull(cells.get("aliasOf")), identifiers, sources, languages(cells));
	}

	/** The words in each language whose name or reason column the file has. */
	private static List<CatalogueDraft.TextDraft> languages(Map<String, String> cells) {
		Set<String> languages = new TreeSet<>();
		cells.keySet()
			.stream()
			.filter((column) -> column.startsWith("name.") || column.startsWith("reason."))
			.forEach((column) -> languages.add(column.substring(column.indexOf('.') + 1)));
		return languages.stream()
			.map((tag) -> new CatalogueDraft.TextDraft(tag, cells.get("name." + tag), cells.get("reason." + tag)))
			.toList();
	}

	static String write(List<FlaggedApp> entries) {
		List<String> languages = entries.stream()
			.flatMap((entry) -> entry.text().keySet().stream())
			.distinct()
			.sorted(Comparator.reverseOrder())
			.toList();
		List<List<String>> records = new ArrayList<>();
		List<String> header = new ArrayList<>(COLUMNS);
		languages.forEach((tag) -> header.addAll(List.of("name." + tag, "reason." + tag)));
		records.add(header);
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
			List<String> record = new ArrayList<>(List.of(entry.id(), entry.name(), entry.publisher(),
					entry.severity().name(), entry.reason(), (entry.aliasOf() == null) ? "" : entry.aliasOf(),
					CellLists.write(identifiers), CellLists.write(sources)));
			for (String tag : languages) {
				FlaggedAppText text = entry.text().get(tag);
				record.add((text == null || text.name() == null) ? "" : text.name());
				record.add((text == null) ? "" : text.reason());
			}
			records.add(record);
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
