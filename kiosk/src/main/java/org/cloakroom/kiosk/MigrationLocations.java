package org.cloakroom.kiosk;

/**
 * Where Flyway finds the migrations: the portable ones in {@code db/migration}, and for a
 * migration that differs by database, the twin of that version for the database in use in
 * {@code db/vendor/h2} or {@code db/vendor/postgresql} (the H2 files keep the bytes
 * kiosks have recorded checksums of). The application says the same with
 * {@code spring.flyway.locations}; this is for code that runs Flyway itself.
 */
public final class MigrationLocations {

	public static final String PORTABLE = "classpath:db/migration";

	public static final String H2 = "h2";

	public static final String POSTGRESQL = "postgresql";

	private MigrationLocations() {
	}

	/** The locations for one database, {@code h2} or {@code postgresql}. */
	public static String[] of(String vendor) {
		return new String[] { PORTABLE, "classpath:db/vendor/" + vendor };
	}

}
