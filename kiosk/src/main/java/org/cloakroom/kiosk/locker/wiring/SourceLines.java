package org.cloakroom.kiosk.locker.wiring;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * The line on which each value of a YAML document starts, so that errors found after
 * binding (a duplicate id, a line used twice) can still point into the file.
 */
final class SourceLines {

	private final Map<String, Integer> lines;

	private SourceLines(Map<String, Integer> lines) {
		this.lines = lines;
	}

	/**
	 * @throws Unreadable when the text is not well-formed YAML, naming where the parser
	 * was
	 */
	static SourceLines of(ObjectMapper mapper, String text) {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = mapper.createParser(text)) {
			try {
				while (parser.nextToken() != null) {
					String pointer = parser.streamReadContext().pathAsPointer().toString();
					lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
				}
			}
			catch (JacksonException ex) {
				int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
				throw new Unreadable(line, FieldPath.ofPointer(parser.streamReadContext().pathAsPointer().toString()),
						ex.getOriginalMessage());
			}
		}
		return new SourceLines(lines);
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

	/** The text is not well-formed YAML. */
	static final class Unreadable extends RuntimeException {

		private final int line;

		private final FieldPath field;

		Unreadable(int line, FieldPath field, String message) {
			super(message);
			this.line = line;
			this.field = field;
		}

		int line() {
			return this.line;
		}

		FieldPath field() {
			return this.field;
		}

	}

}
