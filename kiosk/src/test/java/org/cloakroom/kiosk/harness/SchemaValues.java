package org.cloakroom.kiosk.harness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Values that a (resolved) schema allows, drawn from a seeded {@link Random}: what a
 * well-behaved client would send.
 */
final class SchemaValues {

	private static final int MAX_DEPTH = 6;

	private final Random random;

	SchemaValues(Random random) {
		this.random = random;
	}

	Object valid(Schema<?> schema) {
		return value(schema, 0);
	}

	@SuppressWarnings("unchecked")
	private Object value(Schema<?> schema, int depth) {
		if (schema == null || depth > MAX_DEPTH) {
			return null;
		}
		if (schema.getExample() != null && this.random.nextInt(4) == 0) {
			return schema.getExample();
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return schema.getEnum().get(this.random.nextInt(schema.getEnum().size()));
		}
		List<Schema> choices = (schema.getOneOf() != null) ? schema.getOneOf() : schema.getAnyOf();
		if (choices != null && !choices.isEmpty()) {
			return value(choices.get(this.random.nextInt(choices.size())), depth);
		}
		if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
			Map<String, Object> merged = new LinkedHashMap<>();
			for (Schema<?> part : schema.getAllOf()) {
				if (value(part, depth) instanceof Map<?, ?> map) {
					merged.putAll((Map<String, Object>) map);
				}
			}
			return merged;
		}
		return switch (type(schema)) {
			case "object" -> object(schema, depth);
			case "array" -> array(schema, depth);
			case "integer" -> integer(schema);
			case "number" -> integer(schema) + 0.5;
			case "boolean" -> this.random.nextBoolean();
			default -> string(schema);
		};
	}

	static String type(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		if (schema.getTypes() != null) {
			return schema.getTypes().stream().filter((type) -> !"null".equals(type)).findFirst().orElse("string");
		}
		if (schema.getProperties() != null) {
			return "object";
		}
		return (schema.getItems() != null) ? "array" : "string";
	}

	private Map<String, Object> object(Schema<?> schema, int depth) {
		Map<String, Object> object = new LinkedHashMap<>();
		if (schema.getProperties() == null) {
			return object;
		}
		List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		schema.getProperties().forEach((name, property) -> {
			if (required.contains(name) || this.random.nextInt(3) > 0) {
				object.put(name, value(property, depth + 1));
			}
		});
		return object;
	}

	private List<Object> array(Schema<?> schema, int depth) {
		int min = (schema.getMinItems() != null) ? schema.getMinItems() : 0;
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < min + this.random.nextInt(3); i++) {
			items.add(value(schema.getItems(), depth + 1));
		}
		return items;
	}

	private long integer(Schema<?> schema) {
		long min = (schema.getMinimum() != null) ? schema.getMinimum().longValue() : 1;
		BigDecimal maximum = schema.getMaximum();
		long max = (maximum != null) ? maximum.longValue() : min + 10;
		return min + (long) (this.random.nextDouble() * (Math.max(0, max - min) + 1));
	}

	private String string(Schema<?> schema) {
		if (schema.getFormat() != null) {
			switch (schema.getFormat()) {
				case "date-time":
					return "2026-11-23T08:0" + this.random.nextInt(10) + ":00Z";
				case "date":
					return "2026-11-" + (10 + this.random.nextInt(18));
				case "uri", "url":
					return "https://example.org/" + this.random.nextInt(100);
				case "email":
					return "someone" + this.random.nextInt(100) + "@example.org";
				default:
			}
		}
		int min = (schema.getMinLength() != null) ? schema.getMinLength() : 1;
		int max = (schema.getMaxLength() != null) ? Math.min(schema.getMaxLength(), min + 12) : min + 12;
		StringBuilder text = new StringBuilder();
		int length = min + this.random.nextInt(Math.max(1, max - min + 1));
		for (int i = 0; i < length; i++) {
			text.append((char) ('a' + this.random.nextInt(26)));
		}
		return text.toString();
	}

}
