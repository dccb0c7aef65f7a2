package org.cloakroom.kiosk.ble.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.cloakroom.kiosk.ble.BleProperties;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What {@code ble replay --settings FILE} reads: the kiosk's own {@code cloakroom.ble.*}
 * settings (proximity, adapter placements, adapter offsets) from a properties or YAML
 * file, bound and validated by Spring Boot's {@link Binder} into the same
 * {@link BleProperties} record the kiosk binds, without starting an application. A key
 * outside {@code cloakroom.ble}, a key the record does not have, or a bad value is
 * refused naming the file and the key (and its line where the file says).
 *
 * @param proximity how RSSI becomes a zone
 * @param placements where each adapter stands ({@code door-adapter},
 * {@code inside-adapter} and {@code adapters})
 * @param adapterOffsets per adapter, how many dB louder it hears than the reference
 */
record ReplaySettings(ProximityProperties proximity, Map<String, Placement> placements,
		Map<String, Double> adapterOffsets) {

	private static final String PREFIX = "cloakroom.ble";

	/** The kiosk's defaults, as replay used them before settings files. */
	static ReplaySettings defaults() {
		return new ReplaySettings(ProximityProperties.defaults(),
				Map.of("door", Placement.DOOR, "inside", Placement.INSIDE), Map.of());
	}

	/**
	 * Reads {@code file} ({@code .yml}/{@code .yaml} as YAML, anything else as
	 * properties).
	 * @throws IllegalArgumentException naming the file and the key
	 */
	static ReplaySettings read(Path file) {
		if (!Files.isReadable(file)) {
			throw new IllegalArgumentException("cannot read the settings file " + file);
		}
		PropertySource<?> source = load(file);
		if (source instanceof EnumerablePropertySource<?> keys) {
			for (String key : keys.getPropertyNames()) {
				if (!key.startsWith(PREFIX + ".")) {
					throw new IllegalArgumentException(
							file + ": '" + key + "' is not a " + PREFIX + ".* setting, which is all replay reads");
				}
			}
		}
		BleProperties ble = bind(file, source);
		return new ReplaySettings(ble.proximity(), ble.placements(), ble.adapterOffsets());
	}

	private static PropertySource<?> load(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		PropertySourceLoader loader = (name.endsWith(".yml") || name.endsWith(".yaml")) ? new YamlPropertySourceLoader()
				: new PropertiesPropertySourceLoader();
		List<PropertySource<?>> sources;
		try {
			sources = loader.load(file.toString(), new FileSystemResource(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the settings file " + file + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					file + " is not valid " + (loader instanceof YamlPropertySourceLoader ? "YAML" : "properties")
							+ ": " + firstLine(rootCause(ex).getMessage()));
		}
		if (sources.size() != 1) {
			throw new IllegalArgumentException(
					file + " must hold exactly one document of settings, it holds " + sources.size());
		}
		return sources.get(0);
	}

	private static BleProperties bind(Path file, PropertySource<?> source) {
		Binder binder = new Binder(ConfigurationPropertySources.from(source));
		try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
			ValidationBindHandler handler = new ValidationBindHandler(
					new NoUnboundElementsBindHandler(BindHandler.DEFAULT),
					new SpringValidatorAdapter(validation.getValidator()));
			return binder.bindOrCreate(PREFIX, Bindable.of(BleProperties.class), handler);
		}
		catch (BindException ex) {
			String key = (ex.getProperty() != null) ? "'" + ex.getProperty().getName() + "'"
					+ ((ex.getProperty().getOrigin() != null) ? " (" + ex.getProperty().getOrigin() + ")" : "") + ": "
					: "";
			throw new IllegalArgumentException(file + ": " + key + firstLine(rootCause(ex).getMessage()), ex);
		}
	}

	private static Throwable rootCause(Throwable problem) {
		Throwable cause = problem;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** A parser's message, whose second line says where, on one line. */
	private static String oneLine(String message) {
		return (message == null) ? "" : message.strip().replaceAll("\\s+", " ");
	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse(message);
	}

}
