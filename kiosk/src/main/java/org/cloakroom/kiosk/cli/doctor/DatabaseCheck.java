package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.DatabaseFileLock;
import org.cloakroom.kiosk.audit.cli.ChainHeadProbe;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database: while the kiosk holds it (H2 locks its file) the running kiosk's health
 * is asked; otherwise it is opened read-only as its owner, its schema version compared
 * with this Cloakroom's migrations and its audit chain head with the newest entry.
 */
record DatabaseCheck(String url, String owner, String ownerPassword, String passwordSource, KioskHealth health,
		int newestMigration) implements Check {

	static final String NAME = "database";

	static final String FILE_URL = "jdbc:h2:file:";

	@Override
	public List<Finding> run() {
		if (!this.url.startsWith(FILE_URL)) {
			return List.of(Finding.fail(NAME, "spring.datasource.url is " + this.url + ", not a database file",
					"remove it from /etc/cloakroom/application.yml"));
		}
		String name = this.url.substring(FILE_URL.length()).split(";", 2)[0];
		Path file = Path.of(name + ".mv.db").toAbsolutePath();
		if (!Files.exists(file)) {
			return List.of(Finding.warn(NAME, file + " does not exist yet: the kiosk creates it at its first start",
					"sudo systemctl start cloakroom"));
		}
		if (inUse(file)) {
			return List.of(this.health.judge(NAME, file));
		}
		if (this.ownerPassword == null) {
			return List.of(Finding.fail(NAME,
					"no owner's password to open " + file + ": " + this.passwordSource + " is missing",
					"run the doctor as root: sudo cloakroom doctor"));
		}
		return List.of(inspect(file, name));
	}

	private Finding inspect(Path file, String name) {
		SingleConnectionDataSource database = new SingleConnectionDataSource(
				FILE_URL + Path.of(name).toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", this.owner,
				this.ownerPassword, true);
		try {
			JdbcClient jdbc = JdbcClient.create(database);
			int version = jdbc.sql(
					"SELECT COALESCE(MAX(CAST(\"version\" AS INT)), 0) FROM \"flyway_schema_history\" WHERE \"success\"")
				.query(Integer.class)
				.single();
			if (version > this.newestMigration) {
				return Finding.fail(NAME,
						file + " is at schema version " + version + ", made by a newer Cloakroom (this one" + " knows "
								+ this.newestMigration + ")",
						"install that Cloakroom again, or restore a backup this one made: sudo cloakroom-restore");
			}
			ChainHeadProbe.Head head = ChainHeadProbe.read(jdbc);
			if (head.problem().isPresent()) {
				return Finding.fail(NAME, file + ": " + head.problem().get(),
						"verify the whole chain: cloakroom audit verify --db " + file + " (README, Field tools)");
			}
			String found = file + ": schema version " + version + ", audit chain head at entry " + head.sequence();
			if (version < this.newestMigration) {
				return Finding.warn(NAME,
						found + " (this Cloakroom migrates it to " + this.newestMigration + " at its next start)",
						"sudo systemctl start cloakroom");
			}
			return Finding.ok(NAME, found);
		}
		catch (RuntimeException ex) {
			return Finding.fail(NAME,
					file + " does not open as " + this.owner + " with the password of " + this.passwordSource + ": "
							+ ex.getMessage().lines().findFirst().orElse(""),
					"check " + this.passwordSource + " (README, Deploy)");
		}
		finally {
			database.destroy();
		}
	}

	/**
	 * Whether a process holds H2's lock on the file: the kiosk is running on it. A file
	 * the doctor cannot open for writing is taken as not in use, and opened read-only.
	 */
	private static boolean inUse(Path file) {
		try {
			return DatabaseFileLock.heldOn(file);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
