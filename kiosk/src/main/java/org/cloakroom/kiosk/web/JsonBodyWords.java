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

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;

import static org.cloakroom.kiosk.web.RefusalWords.words;

/**
 * Says in words why a JSON body could not be read: the field by its JSON path and what it
 * must be ("a whole number", "one of NEAR, INSIDE"), or where the JSON breaks. The
 * binder's own messages name Java types; people never see them.
 */
final class JsonBodyWords {

	private JsonBodyWords() {
	}

	static MessageSourceResolvable why(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof IllegalArgumentException) {
			// a value's own check while the body was read, in its words
			return words("json.value-refused", cause.getMessage());
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return mismatch(mismatch);
		}
		if (cause instanceof JacksonException json) {
			return words("json.not-well-formed", at(json.getLocation()), JavaTypes.scrub(json.getOriginalMessage()));
		}
		if (cause == ex) {
			return words("json.body-needed");
		}
		return words("json.not-this-json");
	}

	private static MessageSourceResolvable mismatch(MismatchedInputException ex) {
		String field = path(ex);
		MessageSourceResolvable wanted = kind(ex.getTargetType());
		if (ex instanceof InvalidFormatException invalid) {
			return field.isEmpty() ? words("json.body-must-be.got", wanted, invalid.getValue())
					: words("json.field-must-be.got", field, wanted, invalid.getValue());
		}
		return field.isEmpty() ? words("json.body-must-be", wanted) : words("json.field-must-be", field, wanted);
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

	/** What a value of this type must be, in words: "a whole number", "one of A, B". */
	static MessageSourceResolvable kind(Class<?> type) {
		if (type == null) {
			return words("json.kind.other");
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return words("json.kind.text");
		}
		if (type == boolean.class || type == Boolean.class) {
			return words("json.kind.boolean");
		}
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class) {
			return words("json.kind.whole-number");
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return words("json.kind.number");
		}
		if (type.isEnum()) {
			return words("json.kind.one-of",
					Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return words("json.kind.list");
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return words("json.kind.time");
		}
		if (type == UUID.class) {
			return words("json.kind.uuid");
		}
		if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
			return words("json.kind.object");
		}
		return words("json.kind.other");
	}

	private static MessageSourceResolvable at(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return words("json.at.nowhere");
		}
		return words("json.at", location.getLineNr(), location.getColumnNr());
	}

}
