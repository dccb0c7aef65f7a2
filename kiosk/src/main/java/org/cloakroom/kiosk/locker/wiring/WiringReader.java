package org.cloakroom.kiosk.locker.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a bank's wiring file into validated records. Every problem becomes a
 * {@link WiringException} that names the file, the line and the field; unknown fields are
 * errors, because a misspelt key would otherwise leave a lock wired wrongly.
 */
public final class WiringReader {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.build();

	private WiringReader() {
	}

	public static BankWiring read(Path file) {
		String text = readText(file);
		SourceLines lines;
		try {
			lines = SourceLines.of(MAPPER, text);
		}
		catch (JacksonException ex) {
			throw error(file, lineOf(ex), FieldPath.of(ex.getPath()), ex.getOriginalMessage(), ex);
		}
		try {
			BankWiring wiring = MAPPER.readValue(text, BankWiring.class);
			WiringRules.check(wiring, lines);
			return wiring;
		}
		catch (JacksonException ex) {
			throw translate(file, lines, ex);
		}
		catch (WiringRules.Violation ex) {
			throw error(file, lines.lineOf(ex.field()).orElse(0), ex.field(), ex.getMessage(), ex);
		}
	}

	private static String readText(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new WiringException("Locker wiring file " + file + " cannot be read (" + ex + ")", ex);
		}
	}

	private static WiringException translate(Path file, SourceLines lines, JacksonException ex) {
		FieldPath field = FieldPath.of(ex.getPath());
		String message = ex.getOriginalMessage();
		if (ex instanceof UnrecognizedPropertyException unknown) {
			message = "unknown field '" + unknown.getPropertyName() + "'; known fields are "
					+ unknown.getKnownPropertyIds();
		}
		InvalidWiringValue invalid = invalidValue(ex);
		if (invalid != null) {
			field = field.then(invalid.field());
			message = invalid.getMessage();
		}
		else if (!lines.contains(field)) {
			message = "is missing";
		}
		int line = lines.lineOf(field).orElse(lineOf(ex));
		return error(file, line, field, message, ex);
	}

	private static InvalidWiringValue invalidValue(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidWiringValue invalid) {
				return invalid;
			}
		}
		return null;
	}

	private static int lineOf(JacksonException ex) {
		return (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
	}

	private static WiringException error(Path file, int line, FieldPath field, String message, Throwable cause) {
		return new WiringException("Locker wiring file " + file + " line " + line + ", field " + field + ": " + message,
				cause);
	}

}
