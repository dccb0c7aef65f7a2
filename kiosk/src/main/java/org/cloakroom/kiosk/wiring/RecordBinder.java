package org.cloakroom.kiosk.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Binds a YAML tree to the wiring records field by field, so that one pass finds every
 * unknown field, every missing one and every value of the wrong kind, not just the first;
 * each record's own checks then run on what could be read. A record whose field failed is
 * not built; its parent still checks its other fields.
 */
final class RecordBinder {

	private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,6}");

	/** U+202A–U+202E, U+2066–U+2069, U+200E, U+200F and U+061C. */
	private static final String BIDI_CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

	private final List<Problem> problems = new ArrayList<>();

	List<Problem> problems() {
		return this.problems;
	}

	/** The record, or null when anything in it was wrong (and reported). */
	<R> R bind(Class<R> type, JsonNode node, FieldPath at) {
		if (!node.isObject()) {
			return fail(at, "must be a mapping of fields, was " + describe(node));
		}
		RecordComponent[] components = type.getRecordComponents();
		Map<String, RecordComponent> byKey = new LinkedHashMap<>();
		Arrays.stream(components).forEach((component) -> byKey.put(kebab(component.getName()), component));
		for (String key : node.propertyNames()) {
			if (!byKey.containsKey(key)) {
				fail(at.then(key), "unknown field '" + key + "'; known fields are " + byKey.keySet());
			}
		}
		Object[] args = new Object[components.length];
		Set<String> failed = new HashSet<>();
		for (int i = 0; i < components.length; i++) {
			String key = kebab(components[i].getName());
			args[i] = component(components[i], node.get(key), at.then(key));
			if (args[i] == null && !isOmitted(components[i], node.get(key))) {
				failed.add(key);
			}
			if (args[i] == null && components[i].getType().isPrimitive()) {
				args[i] = 0;
			}
		}
		return construct(type, components, args, failed, at);
	}

	private Object component(RecordComponent component, JsonNode node, FieldPath at) {
		if (node == null || node.isNull()) {
			return component.isAnnotationPresent(Omissible.class) ? null : fail(at, "is missing");
		}
		return value(component.getType(), component.getGenericType(), node, at);
	}

	private static boolean isOmitted(RecordComponent component, JsonNode node) {
		return (node == null || node.isNull()) && component.isAnnotationPresent(Omissible.class);
	}

	private Object value(Class<?> type, Type generic, JsonNode node, FieldPath at) {
		if (type.isRecord()) {
			return bind(type, node, at);
		}
		if (type == List.class) {
			return list((Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0], node, at);
		}
		if (type == int.class || type == Integer.class) {
			return wholeNumber(node, at);
		}
		if (type == String.class) {
			return text(node, at);
		}
		if (type.isEnum()) {
			return constant(type, node, at);
		}
		throw new IllegalStateException("No binding for " + type);
	}

	/**
	 * Text, without the bidi controls that could make a label on the kiosk or in the log
	 * read differently from what it is.
	 */
	private Object text(JsonNode node, FieldPath at) {
		if (!node.isString() && !node.isNumber()) {
			return fail(at, "must be text, was " + describe(node));
		}
		String text = node.asString();
		for (int i = 0; i < text.length(); i++) {
			if (BIDI_CONTROLS.indexOf(text.charAt(i)) >= 0) {
				return fail(at, String.format("holds the bidi control character U+%04X at character %d, "
						+ "which can disguise the text; remove it", (int) text.charAt(i), i + 1));
			}
		}
		return text;
	}

	/** A number, or a hexadecimal one such as an I2C address (0x20). */
	private Object wholeNumber(JsonNode node, FieldPath at) {
		if (node.isIntegralNumber() && node.canConvertToInt()) {
			return node.intValue();
		}
		if (node.isString() && HEX.matcher(node.asString()).matches()) {
			return Integer.parseInt(node.asString().substring(2), 16);
		}
		return fail(at, "must be a whole number, was " + describe(node));
	}

	private List<Object> list(Class<?> element, JsonNode node, FieldPath at) {
		if (!node.isArray()) {
			return fail(at, "must be a list, was " + describe(node));
		}
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			values.add(value(element, element, node.get(i), at.then(i)));
		}
		return values.contains(null) ? null : values;
	}

	private Object constant(Class<?> type, JsonNode node, FieldPath at) {
		String wanted = node.asString().trim().toUpperCase(Locale.ROOT).replace('-', '_');
		for (Object constant : type.getEnumConstants()) {
			if (((Enum<?>) constant).name().equals(wanted)) {
				return constant;
			}
		}
		String names = Arrays.stream(type.getEnumConstants())
			.map((constant) -> kebab(((Enum<?>) constant).name()))
			.collect(Collectors.joining(", "));
		return fail(at, "must be one of " + names + ", was " + describe(node));
	}

	private <R> R construct(Class<R> type, RecordComponent[] components, Object[] args, Set<String> failed,
			FieldPath at) {
		try {
			Constructor<R> constructor = type
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
			R record = constructor.newInstance(args);
			return failed.isEmpty() ? record : null;
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof InvalidWiringValue invalid) {
				if (!failed.contains(invalid.field())) {
					fail(at.then(invalid.field()), invalid.reason());
				}
				return null;
			}
			return fail(at, String.valueOf(ex.getCause().getMessage()));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build " + type.getSimpleName(), ex);
		}
	}

	private <T> T fail(FieldPath at, String message) {
		this.problems.add(new Problem(at, message));
		return null;
	}

	/** {@code debounceMs} and {@code TRAY_SWITCH} as the file spells them. */
	static String kebab(String name) {
		String separated = name.contains("_") ? name.replace('_', '-') : name.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
		return separated.toLowerCase(Locale.ROOT);
	}

	private static String describe(JsonNode node) {
		if (node.isString()) {
			return "'" + node.asString() + "'";
		}
		if (node.isObject()) {
			return "a mapping";
		}
		return node.isArray() ? "a list" : node.toString();
	}

	/** A problem at a field, before its line is known. */
	record Problem(FieldPath field, String message) {
	}

}
