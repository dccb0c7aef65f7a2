package org.cloakroom.kiosk.policy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.Capped;
import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.Utf8Reader;

/**
 * The catalogue's JSON layout, the seed file's: {@code {"about": "...", "entries": [ ...
 * ]}} (or a bare array of entries). It is read as a stream so that every entry keeps the
 * line its object starts on; every value is read as text and checked by
 * {@link DraftCheck}, so a wrong value is named rather than rejected by the binder.
 */
final class CatalogueJson {

	private static final Set<String> ENTRY_FIELDS = Set.of("id", "name", "publisher", "severity", "reason", "aliasOf",
			"identifiers", "sources", "text");

	private static final Set<String> IDENTIFIER_FIELDS = Set.of("platform", "identifier", "verified", "evidence");

	private static final Set<String> SOURCE_FIELDS = Set.of("title", "published", "url", "note");

	private static final Set<String> TEXT_FIELDS = Set.of("name", "reason");

	/** The most values one entry may hold: far more than any real entry has. */
	static final int MAX_VALUES_PER_ENTRY = 10_000;

	/**
	 * No field of an entry is this long; the limit keeps one string from filling the
	 * heap.
	 */
	private static final JsonFactory FACTORY = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000).maxNestingDepth(64).build())
		.build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonMapper json;

	CatalogueJson(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Reads a whole file as a stream of strict UTF-8: each entry becomes a small tree (at
	 * most {@value #MAX_VALUES_PER_ENTRY} values), is turned into a draft and dropped; at
	 * most {@code maxRows} entries, and {@code maxProblems} problems kept.
	 */
	CatalogueCsv.Parsed read(InputStream in, int maxRows, int maxProblems) {
		List<CatalogueDraft> drafts = new ArrayList<>();
		Capped<CatalogueProblem> problems = new Capped<>(maxProblems);
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT && !toEntries(parser)) {
				return failed(parser.currentTokenLocation().getLineNr(),
						"the file is neither an array of entries nor an object with an \"entries\" array");
			}
			if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
				return failed(1, "the file is neither an array of entries nor an object with an \"entries\" array");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				int line = parser.currentTokenLocation().getLineNr();
				if (drafts.size() == maxRows) {
					return failed(line,
							String.format("the file holds more than %,d entries, the most one import takes (%s)",
									maxRows, ImportLimits.PREFIX + "max-rows"));
				}
				drafts.add(draft(line, tree(parser, new int[1]), problems::add));
			}
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				return failed(parser.currentTokenLocation().getLineNr(), "an entry is not a JSON object");
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			return failed(Math.max(line, 0), "the file is not well-formed JSON: " + ex.getOriginalMessage());
		}
		catch (Utf8Reader.NotUtf8Exception ex) {
			return new CatalogueCsv.Parsed(List.of(), List
				.of(new CatalogueProblem(ex.line(), null, "encoding", String.valueOf(ex.offset()), ex.getMessage())));
		}
		catch (EntryTooLarge ex) {
			return failed(ex.line, ex.getMessage());
		}
		return new CatalogueCsv.Parsed(drafts, problems.kept(), problems.more());
	}

	/**
	 * One entry as a tree, counting its values: an entry is small, and a file that packs
	 * millions of values into one must not become a tree that fills the heap.
	 */
	private static JsonNode tree(JsonParser parser, int[] count) {
		if (++count[0] > MAX_VALUES_PER_ENTRY) {
			throw new EntryTooLarge(parser.currentTokenLocation().getLineNr());
		}
		return switch (parser.currentToken()) {
			case START_OBJECT -> {
				ObjectNode node = NODES.objectNode();
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					node.set(name, tree(parser, count));
				}
				yield node;
			}
			case START_ARRAY -> {
				ArrayNode node = NODES.arrayNode();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					node.add(tree(parser, count));
				}
				yield node;
			}
			case VALUE_STRING -> NODES.stringNode(parser.getString());
			case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
			case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
			case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.currentToken() == JsonToken.VALUE_TRUE);
			default -> NODES.nullNode();
		};
	}

	/** An entry with more values than {@link #MAX_VALUES_PER_ENTRY}. */
	private static final class EntryTooLarge extends RuntimeException {

		private final int line;

		EntryTooLarge(int line) {
			super(String.format("the entry holds more than %,d values", MAX_VALUES_PER_ENTRY), null, false, false);
			this.line = line;
		}

	}

	/** One entry, as sent to the API. */
	CatalogueCsv.Parsed readOne(String text) {
		List<CatalogueProblem> problems = new ArrayList<>();
		try (JsonParser parser = this.json.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return failed(1, "the body is not a JSON object");
			}
			CatalogueDraft draft = draft(parser.currentTokenLocation().getLineNr(), parser.readValueAsTree(),
					problems::add);
			return new CatalogueCsv.Parsed(List.of(draft), problems);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			return failed(line, "the body is not well-formed JSON: " + ex.getOriginalMessage());
		}
	}

	/** Moves the parser into the "entries" array of the top-level object. */
	private static boolean toEntries(JsonParser parser) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("entries".equals(name)) {
				return value == JsonToken.START_ARRAY;
			}
			parser.skipChildren();
		}
		return false;
	}

	private static CatalogueDraft draft(int line, JsonNode node, Consumer<CatalogueProblem> problems) {
		String id = text(node, "id");
		unknown(line, id, node, ENTRY_FIELDS, "", problems);
		List<CatalogueDraft.IdentifierDraft> identifiers = new ArrayList<>();
		for (JsonNode item : list(line, id, node, "identifiers", problems)) {
			unknown(line, id, item, IDENTIFIER_FIELDS, "identifiers.", problems);
			identifiers.add(new CatalogueDraft.IdentifierDraft(text(item, "platform"), text(item, "identifier"),
					text(item, "verified"), text(item, "evidence")));
		}
		List<CatalogueDraft.SourceDraft> sources = new ArrayList<>();
		for (JsonNode item : list(line, id, node, "sources", problems)) {
			unknown(line, id, item, SOURCE_FIELDS, "sources.", problems);
			sources.add(new CatalogueDraft.SourceDraft(text(item, "title"), text(item, "published"), text(item, "url"),
					text(item, "note")));
		}
		return new CatalogueDraft(line, id, text(node, "name"), text(node, "publisher"), text(node, "severity"),
				text(node, "reason"), text(node, "aliasOf"), identifiers, sources, languages(line, id, node, problems));
	}

	/**
	 * {@code "text": {"zh-CN": {"name": ..., "reason": ...}, ...}}, absent in older
	 * files.
	 */
	private static List<CatalogueDraft.TextDraft> languages(int line, String id, JsonNode node,
			Consumer<CatalogueProblem> problems) {
		JsonNode value = node.get("text");
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isObject()) {
			problems.accept(new CatalogueProblem(line, id, "text", value.toString(),
					"text is not an object of languages, e.g. {\"zh-CN\": {\"name\": ..., \"reason\": ...}}"));
			return List.of();
		}
		List<CatalogueDraft.TextDraft> text = new ArrayList<>();
		for (String language : value.propertyNames()) {
			JsonNode item = value.get(language);
			if (item.isNull()) {
				text.add(new CatalogueDraft.TextDraft(language, null, null));
				continue;
			}
			if (!item.isObject()) {
				problems.accept(new CatalogueProblem(line, id, "text." + language, item.toString(),
						"text." + language + " is not an object with name and reason"));
				continue;
			}
			unknown(line, id, item, TEXT_FIELDS, "text." + language + ".", problems);
			text.add(new CatalogueDraft.TextDraft(language, text(item, "name"), text(item, "reason")));
		}
		return text;
	}

	private static List<JsonNode> list(int line, String id, JsonNode node, String field,
			Consumer<CatalogueProblem> problems) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		if (value.isArray()) {
			value.values().forEach(items::add);
		}
		if (!value.isArray() || items.stream().anyMatch((item) -> !item.isObject())) {
			problems
				.accept(new CatalogueProblem(line, id, field, value.toString(), field + " is not a list of objects"));
			return List.of();
		}
		return items;
	}

	private static void unknown(int line, String id, JsonNode node, Set<String> known, String prefix,
			Consumer<CatalogueProblem> problems) {
		node.propertyNames()
			.stream()
			.filter((name) -> !known.contains(name))
			.forEach((name) -> problems.accept(new CatalogueProblem(line, id, prefix + name, node.get(name).toString(),
					"field '" + prefix + name + "' is unknown; known fields: " + String.join(", ", known))));
	}

	/** A scalar as text; an object or array becomes its JSON so the check can name it. */
	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static CatalogueCsv.Parsed failed(int line, String message) {
		return new CatalogueCsv.Parsed(List.of(), List.of(new CatalogueProblem(line, null, "json", null, message)));
	}

	String write(String about, List<FlaggedApp> entries) {
		List<Map<String, Object>> list = entries.stream().map(CatalogueJson::entry).toList();
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("about", about);
		file.put("entries", list);
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(file);
	}

	private static Map<String, Object> entry(FlaggedApp app) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", app.id());
		entry.put("name", app.name());
		entry.put("publisher", app.publisher());
		entry.put("severity", app.severity().name());
		entry.put("reason", app.reason());
		if (app.aliasOf() != null) {
			entry.put("aliasOf", app.aliasOf());
		}
		entry.put("identifiers", app.identifiers().stream().map((i) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("platform", i.platform().name());
			item.put("identifier", i.identifier());
			item.put("verified", i.verified());
			item.put("evidence", i.evidence());
			return item;
		}).toList());
		entry.put("sources", app.sources().stream().map((s) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("title", s.title());
			item.put("published", s.published().toString());
			item.put("url", s.url());
			item.put("note", s.note());
			return item;
		}).toList());
		if (!app.text().isEmpty()) {
			Map<String, Object> text = new LinkedHashMap<>();
			app.text().forEach((language, words) -> {
				Map<String, Object> item = new LinkedHashMap<>();
				if (words.name() != null) {
					item.put("name", words.name());
				}
				item.put("reason", words.reason());
				text.put(language, item);
			});
			entry.put("text", text);
		}
		return entry;
	}

}
