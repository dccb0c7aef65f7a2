package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.MigrationLocations;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** This Cloakroom's newest schema version: the highest of its Flyway migrations. */
final class Migrations {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	private Migrations() {
	}

	static int newest() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					Migrations.class.getClassLoader());
			// a kiosk's database is H2: its migrations are the portable ones and H2's
			// twins
			List<Resource> migrations = new ArrayList<>();
			for (String location : MigrationLocations.of(MigrationLocations.H2)) {
				migrations.addAll(
						List.of(resolver.getResources(location.replace("classpath:", "classpath*:") + "/V*__*.sql")));
			}
			return migrations.stream()
				.map(Resource::getFilename)
				.map((name) -> (name != null) ? VERSION.matcher(name) : null)
				.filter((matcher) -> matcher != null && matcher.matches())
				.mapToInt((matcher) -> Integer.parseInt(matcher.group(1)))
				.max()
				.orElse(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list this Cloakroom's migrations", ex);
		}
	}

}
