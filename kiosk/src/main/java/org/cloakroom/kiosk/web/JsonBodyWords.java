package org.cloakroom.kiosk.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says in words why a JSON body could not be read: the field by its JSON path and what it
 * must be ("a whole number", "one of NEAR, INSIDE"), or where the JSON breaks. The
 * binder's own messages name Java types; people never see them.
 */
final class JsonBodyWords {

	private JsonBodyWords() {
	}

	static String why(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof IllegalArgumentException) {
			return cause.getMessage();
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return mismatch(mismatch);
		}
		if (cause instanceof JacksonException json) {
			return "The body is not well-formed JSON" + at(json.getLocation()) + ": "
					+ JavaTypes.scrub(json.getOriginalMessage());
		}
		if (cause == ex) {
			return "The request needs a JSON body";
		}
		return "The body is not the JSON this endpoint takes";
	}

	private static String mismatch(MismatchedInputException ex) {
		String field = path(ex);
		String wanted = kind(ex.getTargetType());
		String got = (ex instanceof InvalidFormatException invalid) ? ", got '" + invalid.getValue() + "'" : "";
		if (field.isEmpty()) {
			return "The body must be " + wanted + got;
		}
		return "The field '" + field + "' must be " + wanted + got;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static String kind(Class<?> type) {
		if (type == null) {
			return "a value of another kind";
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return "text";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class) {
			return "a whole number";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type.isEnum()) {
			return "one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a time written like 2026-12-31T18:00:00Z";
		}
		if (type == UUID.class) {
			return "an id written like 123e4567-e89b-12d3-a456-426614174000";
		}
		if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
			return "an object";
		}
		return "a value of another kind";
	}

	private static String at(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

}
