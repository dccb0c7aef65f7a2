package org.cloakroom.kiosk.home;

import java.util.List;

import org.cloakroom.kiosk.Homes;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The modules that only a door has, left out of the central home's component scan (and
 * its configuration-properties scan, which asks the same filter): a central instance has
 * no radio, no locks, no badge reader and nobody checking in at its screen, so none of
 * their beans is made there. A bean of a shared module that needs one of them is
 * {@code @DoorHome} or takes it as optional. The home is read when the scan asks, so a
 * property added after the initializers ran (a test's dynamic properties) counts too.
 */
final class DoorOnlyModules extends TypeExcludeFilter {

	/** Module packages (with their sub-packages), relative to the application's. */
	static final List<String> PACKAGES = List.of("ble", "locker", "badge", "checkin", "simulation", "violation",
			"backup", "wiring", "web.kiosk");

	private static final String APPLICATION = "org.cloakroom.kiosk.";

	private final Environment environment;

	DoorOnlyModules(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		return Homes.CENTRAL.equals(this.environment.getProperty(Homes.PROPERTY))
				&& isDoorOnly(reader.getClassMetadata().getClassName());
	}

	static boolean isDoorOnly(String className) {
		return PACKAGES.stream().map((module) -> APPLICATION + module + ".").anyMatch(className::startsWith);
	}

}
