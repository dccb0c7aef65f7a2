package org.cloakroom.kiosk.migration;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.MigrationLocations;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that differs by database has a twin of its version for each database, and
 * no version is both portable and a database's own: otherwise one database would skip a
 * version the other has.
 */
class VendorTwinsTest {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	@Test
	void everyVendorMigrationHasItsTwin() throws IOException {
		assertThat(versions("db/vendor/" + MigrationLocations.POSTGRESQL))
			.isEqualTo(versions("db/vendor/" + MigrationLocations.H2))
			.isNotEmpty();
	}

	@Test
	void noVersionIsBothPortableAndVendorSpecific() throws IOException {
		assertThat(versions("db/migration"))
			.doesNotContainAnyElementsOf(versions("db/vendor/" + MigrationLocations.H2));
	}

	private static Set<Integer> versions(String folder) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + folder + "/V*__*.sql");
		return Arrays.stream(files)
			.map((file) -> VERSION.matcher(file.getFilename()))
			.filter(Matcher::matches)
			.map((matcher) -> Integer.valueOf(matcher.group(1)))
			.collect(Collectors.toSet());
	}

}
