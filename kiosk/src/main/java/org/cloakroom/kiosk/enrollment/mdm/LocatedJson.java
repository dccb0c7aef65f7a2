package org.cloakroom.kiosk.enrollment.mdm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON read into a small tree whose every value knows the line it starts on, so that a
 * bad entry of a JSON import can be reported by line like a CSV row.
 */
final class LocatedJson {

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
	 * Reads the file, or reports to {@code export} why it is not JSON and answers null.
	 */
	static Node readOrReport(byte[] bytes, ParsedExport export) {
		try {
			return read(bytes);
		}
		catch (IllegalArgumentException ex) {
			export.problem(0, ex.getMessage());
			return null;
		}
	}

	/**
	 * @throws IllegalArgumentException for text that is not JSON, naming the line
	 */
	static Node read(byte[] bytes) {
		try (JsonParser parser = JsonMapper.shared().createParser(bytes)) {
			if (parser.nextToken() == null) {
				throw new IllegalArgumentException("the file is empty");
			}
			Node root = value(parser);
			if (parser.nextToken() != null) {
				throw new IllegalArgumentException(
						"line " + parser.currentTokenLocation().getLineNr() + ": text after the JSON value");
			}
			return root;
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			throw new IllegalArgumentException("line " + line + ": not valid JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	private static Node value(JsonParser parser) {
		int line = parser.currentTokenLocation().getLineNr();
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			Map<String, Node> fields = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				fields.put(name, value(parser));
			}
			return new Node(line, fields);
		}
		if (token == JsonToken.START_ARRAY) {
			List<Node> elements = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				elements.add(value(parser));
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

}
