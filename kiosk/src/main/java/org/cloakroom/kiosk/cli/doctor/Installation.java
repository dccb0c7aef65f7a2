package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The configuration the kiosk service runs with, read the way it reads it: the jar's
 * kiosk profile, {@code application.yml} in the configuration folder over it, and the
 * service's environment file as environment variables (systemd's {@code EnvironmentFile}
 * lines are {@code NAME=value}, which Spring's properties loader reads), all through
 * Spring's config data and {@link Binder}, so that every value is the one the service
 * would bind.
 *
 * @param binder the settings
 * @param environmentFile the service's environment file
 * @param environmentFileProblem why it could not be read, if it could not
 */
record Installation(Binder binder, Path environmentFile, Optional<String> environmentFileProblem) {

	static final String KIOSK_PROFILE = "kiosk";

	static Installation read(Path configDir, Path environmentFile) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("doctor",
					Map.of("spring.config.additional-location", "optional:file:" + configDir.toAbsolutePath() + "/")));
		Optional<String> problem = Optional.empty();
		Map<String, Object> variables = new HashMap<>();
		try {
			Properties lines = PropertiesLoaderUtils.loadProperties(new FileSystemResource(environmentFile));
			lines.stringPropertyNames().forEach((name) -> variables.put(name, unquoted(lines.getProperty(name))));
		}
		catch (IOException ex) {
			problem = Optional.of(Files.exists(environmentFile)
					? "cannot read " + environmentFile + " as user " + System.getProperty("user.name")
					: environmentFile + " does not exist");
		}
		environment.getPropertySources()
			.addBefore(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(environmentFile.toString(), variables));
		ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, List.of(KIOSK_PROFILE));
		ConfigurationPropertySources.attach(environment);
		return new Installation(Binder.get(environment), environmentFile, problem);
	}

	String text(String name, String otherwise) {
		return this.binder.bind(name, String.class).orElse(otherwise);
	}

	Path path(String name, String otherwise) {
		return Path.of(text(name, otherwise));
	}

	DoctorProperties doctor() {
		return this.binder.bindOrCreate("cloakroom.doctor", DoctorProperties.class);
	}

	/** systemd strips one pair of quotes around a value; so do we. */
	private static String unquoted(String value) {
		String stripped = value.strip();
		if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
				|| stripped.startsWith("'") && stripped.endsWith("'"))) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

}
