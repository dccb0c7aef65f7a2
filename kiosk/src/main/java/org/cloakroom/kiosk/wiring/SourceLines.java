package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The line on which each value of a YAML document starts, so that errors found after
 * binding (a duplicate id, a line used twice) can still point into the file. Reading the
 * lines also refuses what YAML allows but a wiring file must not use: a second document,
 * a null ({@code ~}), anchors and aliases (the binder would take an alias for its name).
 */
final class SourceLines {

	/** Jackson's default limit, which the mapper keeps. */
	private static final int MAX_DEPTH = 500;

	private final Map<String, Integer> lines;

	/** The value starting at each "line:column", to name the field an anchor is on. */
	private final Map<String, String> starts;

	private final List<Refusal> refusals;

	private SourceLines(Map<String, Integer> lines, Map<String, String> starts, List<Refusal> refusals) {
		this.lines = lines;
		this.starts = starts;
		this.refusals = List.copyOf(refusals);
	}

	/**
	 * @throws UnreadableWiring when the text is not well-formed YAML, naming where the
	 * parser was
	 */
	static SourceLines of(ObjectMapper mapper, String text) {
		Map<String, Integer> lines = new HashMap<>();
		Map<String, String> starts = new HashMap<>();
		List<Refusal> refusals = new ArrayList<>();
		try (JsonParser parser = mapper.createParser(text)) {
			try {
				boolean rootRead = false;
				for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
					int line = parser.currentTokenLocation().getLineNr();
					String pointer = parser.streamReadContext().pathAsPointer().toString();
					FieldPath field = FieldPath.ofPointer(pointer);
					if (rootRead) {
						refusals.add(new Refusal(line, FieldPath.of(), "a second YAML document starts here; "
								+ "a wiring file is one document (remove the '---' and what follows, or split the file)"));
						break;
					}
					lines.putIfAbsent(pointer, line);
					starts.putIfAbsent(line + ":" + parser.currentTokenLocation().getColumnNr(), pointer);
					refuseYamlOnlyForms((YAMLParser) parser, token, line, field, refusals);
					rootRead = parser.streamReadContext().inRoot();
				}
			}
			catch (JacksonException ex) {
				throw unreadable(ex, parser);
			}
		}
		SourceLines read = new SourceLines(lines, starts, List.of());
		refusals.addAll(read.anchors(text));
		refusals.sort(Comparator.comparingInt(Refusal::line));
		return new SourceLines(lines, starts, refusals);
	}

	/**
	 * Anchors, from the YAML events: Jackson shows an anchor on a mapping but not on a
	 * scalar.
	 */
	private List<Refusal> anchors(String text) {
		List<Refusal> anchors = new ArrayList<>();
		for (Event event : new Parse(LoadSettings.builder().build()).parseString(text)) {
			if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor().isPresent()) {
				int line = event.getStartMark().map((mark) -> mark.getLine() + 1).orElse(0);
				String start = line + ":" + event.getStartMark().map((mark) -> mark.getColumn() + 1).orElse(0);
				FieldPath field = this.starts.containsKey(start) ? FieldPath.ofPointer(this.starts.get(start))
						: fieldOn(line);
				anchors.add(new Refusal(line, field, "has an anchor (&" + node.getAnchor().get().getValue()
						+ "); a wiring file uses no anchors or aliases"));
			}
		}
		return anchors;
	}

	private static void refuseYamlOnlyForms(YAMLParser parser, JsonToken token, int line, FieldPath field,
			List<Refusal> refusals) {
		if (parser.isCurrentAlias()) {
			refusals.add(new Refusal(line, field, "is an alias (*" + parser.getString()
					+ "); write the value itself, a wiring file uses no anchors or aliases"));
		}
		else if (token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && "~".equals(parser.getString()))) {
			refusals
				.add(new Refusal(line, field, "has no value (~, null or nothing); give one or leave the field out"));
		}
	}

	/**
	 * The parser's own mark of the problem: Jackson's location is the start of the token
	 * it was scanning, which for a tab is the line before.
	 */
	private static UnreadableWiring unreadable(JacksonException ex, JsonParser parser) {
		FieldPath field = FieldPath.ofPointer(parser.streamReadContext().pathAsPointer().toString());
		if (ex.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblemMark().isPresent()) {
			return new UnreadableWiring(yaml.getProblemMark().get().getLine() + 1, field, yaml.getProblem());
		}
		if (ex instanceof StreamConstraintsException) {
			return new UnreadableWiring(parser.currentLocation().getLineNr(), field,
					"is nested too deeply (more than " + MAX_DEPTH + " levels); a wiring file needs a few");
		}
		int line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr()
				: parser.currentLocation().getLineNr();
		return new UnreadableWiring(line, field, ex.getOriginalMessage());
	}

	/** Forms that parse but are refused, each with its line and field. */
	List<Refusal> refusals() {
		return this.refusals;
	}

	/** The line of the field, else of the nearest enclosing value that has one. */
	OptionalInt lineOf(FieldPath field) {
		for (FieldPath at = field;; at = at.parent()) {
			Integer line = this.lines.get(at.pointer());
			if (line != null) {
				return OptionalInt.of(line);
			}
			if (at.steps().isEmpty()) {
				return OptionalInt.empty();
			}
		}
	}

	/** The deepest value that starts on the line, or the whole document. */
	FieldPath fieldOn(int line) {
		return this.lines.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == line)
			.map((entry) -> FieldPath.ofPointer(entry.getKey()))
			.max((a, b) -> Integer.compare(a.steps().size(), b.steps().size()))
			.orElse(FieldPath.of());
	}

	/** Something the file holds that a wiring file may not, and where. */
	record Refusal(int line, FieldPath field, String message) {
	}

}
