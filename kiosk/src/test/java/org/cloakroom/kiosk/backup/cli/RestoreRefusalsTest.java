package org.cloakroom.kiosk.backup.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code backup restore} refuses before it touches anything: one line naming what is
 * wrong, exit non-zero, the database directory as it was.
 */
class RestoreRefusalsTest {

	@TempDir
	Path dir;

	private Path data;

	private Path password;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void aKioskDirectory() throws IOException {
		this.data = Files.createDirectory(this.dir.resolve("data"));
		this.password = Files.writeString(this.dir.resolve("database-owner.password"), "owner-secret\n");
	}

	@Test
	void refusesAFileThatIsNotAZip() throws IOException {
		Path notZip = Files.writeString(this.dir.resolve("cloakroom-20261207-023000.zip"), "hello");

		assertThat(restore(notZip)).isEqualTo(1);

		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: " + notZip + " is not an H2 backup: not a zip file");
		assertThat(this.data).isEmptyDirectory();
	}

	@Test
	void refusesAZipWithoutADatabaseNamingItsEntries() throws IOException {
		Path zip = zip("photos.zip", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));

		assertThat(restore(zip)).isEqualTo(1);

		assertThat(this.err.toString()).isEqualTo(
				"error: " + zip + " is not an H2 backup: it holds no database file (*.mv.db), entries [notes.txt]"
						+ System.lineSeparator());
	}

	@Test
	void refusesADatabaseEntryThatIsNotAnH2File() throws IOException {
		Path zip = zip("fake.zip", "cloakroom.mv.db", "SQLite format 3\0".getBytes(StandardCharsets.UTF_8));

		assertThat(restore(zip)).isEqualTo(1);

		assertThat(this.err.toString())
			.contains("is not an H2 backup: its entry cloakroom.mv.db does not start with H2's file header");
	}

	@Test
	void refusesADatabaseInUseAndChangesNothing() throws SQLException, IOException {
		String url = "jdbc:h2:file:" + this.data.resolve("cloakroom");
		try (Connection running = DriverManager.getConnection(url, "sa", "owner-secret");
				Statement statement = running.createStatement()) {
			statement.execute("CREATE TABLE t (x INT)");
			Path backup = this.dir.resolve("cloakroom-20261207-023000.zip");
			statement.execute("BACKUP TO '" + backup + "'");

			assertThat(restore(backup)).isEqualTo(1);

			assertThat(this.err.toString().lines()).singleElement()
				.isEqualTo("error: the database " + this.data.resolve("cloakroom.mv.db")
						+ " is in use: stop the kiosk first (systemctl stop cloakroom); nothing was changed");
			assertThat(this.data.toFile().list()).containsExactly("cloakroom.mv.db");
		}
	}

	@Test
	void aRestoredDatabaseWithoutALogIsNotVerifiedAndSaysHowToGoBack() throws SQLException, IOException {
		Path backup = this.dir.resolve("cloakroom-20261207-023000.zip");
		try (Connection other = DriverManager.getConnection("jdbc:h2:file:" + this.dir.resolve("other/cloakroom"), "sa",
				"owner-secret"); Statement statement = other.createStatement()) {
			statement.execute("CREATE TABLE t (x INT)");
			statement.execute("BACKUP TO '" + backup + "'");
		}
		Files.writeString(this.data.resolve("cloakroom.mv.db"), "the kiosk's database");

		assertThat(restore(backup)).as("%s%s", this.out, this.err).isEqualTo(1);

		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("not verified: ").contains("AUDIT_CHAIN_HEAD");
		Path aside = Path.of(lines.get(0).replaceAll(".*the database it replaced is in (.*)\\)$", "$1"));
		assertThat(aside.resolve("cloakroom.mv.db")).hasContent("the kiosk's database");
		assertThat(lines.get(2)).isEqualTo("to go back to the database before the restore: rm "
				+ this.data.resolve("cloakroom.mv.db") + " && mv " + aside + "/* " + this.data + "/");
	}

	@Test
	void refusesAMissingPasswordFileAsABadCommandLine() throws IOException {
		Path zip = zip("any.zip", "cloakroom.mv.db", "H:2,block:2".getBytes(StandardCharsets.US_ASCII));

		int exit = FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("backup", "restore", "--from", zip.toString(), "--data", this.data.toString(), "--password-file",
					this.dir.resolve("nothing-here").toString());

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString())
			.startsWith("error: --password-file " + this.dir.resolve("nothing-here") + ": no such file");
	}

	private int restore(Path backup) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("backup", "restore", "--from", backup.toString(), "--data", this.data.toString(),
					"--password-file", this.password.toString());
	}

	private Path zip(String name, String entry, byte[] content) throws IOException {
		Path zip = this.dir.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			out.putNextEntry(new ZipEntry(entry));
			out.write(content);
			out.closeEntry();
		}
		return zip;
	}

}
