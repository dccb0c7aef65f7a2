package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** This Cloakroom's newest schema version: the highest of its Flyway migrations. */
final class Migrations {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	private Migrations() {
	}

	static int newest() {
		try {
			Resource[] migrations = new PathMatchingResourcePatternResolver(Migrations.class.getClassLoader())
				.getResources("classpath*:db/migration/V*__*.sql");
			return Arrays.stream(migrations)
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
