package org.cloakroom.kiosk.enrolment.mdm;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

import org.cloakroom.kiosk.Utf8Reader;

/**
 * JSON read into small trees whose every value knows the line it starts on, so that a bad
 * entry of a JSON import can be reported by line like a CSV row. The list of devices is
 * streamed: each device becomes a tree of its own, handed on and dropped, so a large file
 * is never held whole; one device may hold at most {@value #MAX_VALUES} values.
 */
final class LocatedJson {

	/** Far more values than one device with all its apps has. */
	static final int MAX_VALUES = 100_000;

	/**
	 * No id, name or version is this long; the limit keeps one string from filling the
	 * heap.
	 */
	private static final JsonFactory FACTORY = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000).maxNestingDepth(64).build())
		.build();

	private LocatedJson() {
	}

	/** A value: a {@code Map<String, Node>}, a {@code List<Node>}, a scalar or null. */
	record Node(int line, Object value) {

		Node field(String... names) {
			if (this.value instanceof Map<?, ?> map) {
				for (String name : names) {
					if (map.get(name) instanceof Node node && node.value != null) {
						return node;
					}
				}
			}
			return null;
		}

		/** A string or number as text, else {@code null}. */
		String text() {
			return (this.value instanceof String || this.value instanceof Number) ? this.value.toString() : null;
		}

		@SuppressWarnings("unchecked")
		List<Node> elements() {
			return (this.value instanceof List<?> list) ? (List<Node>) list : null;
		}

		boolean isObject() {
			return this.value instanceof Map;
		}

	}

	/**
	 * Reads UTF-8 JSON whose root is an array, or an object whose field {@code streamed}
	 * is an array: each element of that array goes to {@code each} as soon as it is read.
	 * Answers the root with that array left empty, or reports to {@code export} why the
	 * file is not JSON and answers {@code null}.
	 */
	static Node stream(InputStream in, String streamed, Consumer<Node> each, ParsedExport export) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				export.problem(0, "the file is empty");
				return null;
			}
			Node root = root(parser, streamed, each);
			if (parser.nextToken() != null) {
				throw new Refused(lineOf(parser), "text after the JSON value");
			}
			return root;
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			export.problem(Math.max(line, 0), "not valid JSON (" + ex.getOriginalMessage() + ")");
		}
		catch (Utf8Reader.NotUtf8Exception ex) {
			export.problem(ex.line(), ex.getMessage());
		}
		catch (Refused ex) {
			export.problem(ex.line, ex.getMessage());
		}
		return null;
	}

	private static Node root(JsonParser parser, String streamed, Consumer<Node> each) {
		int line = lineOf(parser);
		if (parser.currentToken() == JsonToken.START_ARRAY) {
			elements(parser, each);
			return new Node(line, List.of());
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			return value(parser, new int[1]);
		}
		Map<String, Node> fields = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			if (parser.nextToken() == JsonToken.START_ARRAY && name.equals(streamed)) {
				fields.put(name, new Node(lineOf(parser), List.of()));
				elements(parser, each);
			}
			else {
				fields.put(name, value(parser, new int[1]));
			}
		}
		return new Node(line, fields);
	}

	private static void elements(JsonParser parser, Consumer<Node> each) {
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			each.accept(value(parser, new int[1]));
		}
	}

	private static Node value(JsonParser parser, int[] count) {
		int line = lineOf(parser);
		if (++count[0] > MAX_VALUES) {
			throw new Refused(line, String.format("one device holds more than %,d values", MAX_VALUES));
		}
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			Map<String, Node> fields = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				fields.put(name, value(parser, count));
			}
			return new Node(line, fields);
		}
		if (token == JsonToken.START_ARRAY) {
			List<Node> elements = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				elements.add(value(parser, count));
			}
			return new Node(line, elements);
		}
		return new Node(line, switch (token) {
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			default -> null;
		});
	}

	private static int lineOf(JsonParser parser) {
		return parser.currentTokenLocation().getLineNr();
	}

	/** A file refused as a whole at a line. */
	private static final class Refused extends RuntimeException {

		private final int line;

		Refused(int line, String message) {
			super(message, null, false, false);
			this.line = line;
		}

	}

}
