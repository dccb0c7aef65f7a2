package org.cloakroom.kiosk;

import java.io.IOException;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Where a setting's value came from, in an installer's words ("set in
 * /etc/cloakroom/application.yml line 12", "set by the environment variable
 * CLOAKROOM_BLE_BACKEND", "set on the command line"), found as the binder finds the value
 * (relaxed names, first source wins), and where to change it.
 *
 * @param where the phrase that says where it was set
 * @param change what to do there to change it
 */
public record SettingOrigin(String where, String change) {

	private static final String RESTART = ", then: sudo systemctl restart cloakroom";

	/** The origin of {@code name} (a canonical property name) in {@code environment}. */
	public static SettingOrigin of(Environment environment, String name) {
		ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(key);
			if (property != null) {
				return describe(name, property.getOrigin());
			}
		}
		return new SettingOrigin("its default", "Set " + name + " in /etc/cloakroom/application.yml" + RESTART);
	}

	private static SettingOrigin describe(String name, Origin origin) {
		if (origin instanceof PropertySourceOrigin wrapper) {
			if (wrapper.getOrigin() != null) {
				return describe(name, wrapper.getOrigin());
			}
			return switch (wrapper.getPropertySource().getName()) {
				case "commandLineArgs" -> new SettingOrigin("set on the command line",
						"Change --" + name + " on the command line (on a kiosk, ExecStart in cloakroom.service)");
				case "systemProperties" -> new SettingOrigin("set by the system property -D" + name,
						"Change -D" + name + " on the java command line");
				default -> new SettingOrigin("set in " + wrapper.getPropertySource().getName(),
						"Change " + name + " in " + wrapper.getPropertySource().getName());
			};
		}
		if (origin instanceof SystemEnvironmentOrigin environment) {
			return new SettingOrigin("set by the environment variable " + environment.getProperty(),
					"Change " + environment.getProperty()
							+ " in the service's environment (on a kiosk, /etc/cloakroom/cloakroom.env)" + RESTART);
		}
		if (origin instanceof TextResourceOrigin text) {
			String line = (text.getLocation() != null) ? " line " + (text.getLocation().getLine() + 1) : "";
			if (insideTheJar(text.getResource())) {
				return new SettingOrigin("the jar's default in its application.yml" + line,
						"Set " + name + " in /etc/cloakroom/application.yml" + RESTART);
			}
			String file = file(text.getResource());
			return new SettingOrigin("set in " + file + line, "Edit " + file + line + RESTART);
		}
		String described = (origin != null) ? origin.toString() : "an unknown source";
		return new SettingOrigin("set in " + described, "Change " + name + " in " + described);
	}

	/**
	 * The program's own application.yml, which an installer overrides rather than edits.
	 */
	private static boolean insideTheJar(Resource resource) {
		return resource instanceof ClassPathResource
				|| (resource != null && resource.getDescription().startsWith("class path resource"));
	}

	private static String file(Resource resource) {
		if (resource == null) {
			return "a configuration file";
		}
		try {
			return resource.getFile().getPath();
		}
		catch (IOException | UnsupportedOperationException ex) {
			return resource.getDescription();
		}
	}

}
