package org.cloakroom.kiosk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of an H2 URL that H2 lets only an administrator give (it runs {@code SET}
 * for each when a connection opens, and refuses the connection otherwise). They are
 * database-wide, so the owner gives them when it opens the database, and the
 * application's user connects with the same URL without them.
 */
final class OwnerSettings {

	private static final Set<String> OWNER_ONLY = Set.of("WRITE_DELAY", "TRACE_LEVEL_FILE", "TRACE_LEVEL_SYSTEM_OUT",
			"TRACE_MAX_FILE_SIZE", "DB_CLOSE_DELAY", "CACHE_SIZE", "MODE", "MAX_MEMORY_ROWS", "MAX_OPERATION_MEMORY",
			"LOCK_MODE", "DEFAULT_LOCK_TIMEOUT", "DEFAULT_TABLE_TYPE", "IGNORECASE", "REFERENTIAL_INTEGRITY",
			"QUERY_STATISTICS", "RETENTION_TIME", "COMPRESS_LOB", "MAX_LOG_SIZE", "INIT");

	private OwnerSettings() {
	}

	/** {@code url} without the settings only the owner may give. */
	static String withoutOwnerSettings(String url) {
		String[] parts = url.split(";");
		return parts[0] + Arrays.stream(parts, 1, parts.length)
			.filter((setting) -> !OWNER_ONLY.contains(key(setting)))
			.map((setting) -> ";" + setting)
			.collect(Collectors.joining());
	}

	private static String key(String setting) {
		int equals = setting.indexOf('=');
		return ((equals < 0) ? setting : setting.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
	}

}
