package org.cloakroom.kiosk.audit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCommandsTest {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void isAFieldTool() {
		assertThat(FieldTools.handles(new String[] { "audit", "verify" })).isTrue();
	}

	@Test
	void withoutADatabaseIsExitCodeTwoNamingTheOption() {
		assertThat(run("audit", "verify")).isEqualTo(2);

		assertThat(this.err.toString().lines()).singleElement().asString().startsWith("error: ").contains("--db");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void aDatabaseThatIsNotThereIsExitCodeTwoNamingIt() {
		Path missing = this.temp.resolve("nowhere.mv.db");

		assertThat(run("audit", "verify", "--db", missing.toString())).isEqualTo(2);

		assertThat(this.err.toString()).contains("--db " + missing + ": no such file");
	}

	@Test
	void aCheckpointDirectoryThatIsAFileIsExitCodeTwo() throws Exception {
		Path database = java.nio.file.Files.createFile(this.temp.resolve("log.mv.db"));

		assertThat(run("audit", "verify", "--db", database.toString(), "--checkpoints", database.toString()))
			.isEqualTo(2);

		assertThat(this.err.toString()).contains("is not a directory");
	}

	@Test
	void aBundleGoesWithoutADatabaseOrCheckpointsAndMustExist() throws Exception {
		Path database = java.nio.file.Files.createFile(this.temp.resolve("log.mv.db"));
		Path missing = this.temp.resolve("nowhere.zip");

		assertThat(run("audit", "verify", "--bundle", missing.toString(), "--db", database.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("give one of --db, --archive or --bundle");
		assertThat(run("audit", "verify", "--bundle", missing.toString(), "--checkpoints", this.temp.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("--checkpoints does not go with --bundle");
		assertThat(run("audit", "verify", "--bundle", missing.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("--bundle " + missing + ": no such file");
	}

	@Test
	void aPublicKeyThatIsNotOneIsExitCodeTwoNamingIt() throws Exception {
		Path bundle = java.nio.file.Files.createFile(this.temp.resolve("bundle.zip"));
		Path notAKey = java.nio.file.Files.writeString(this.temp.resolve("key.pem"), "not a key");

		assertThat(run("audit", "verify", "--bundle", bundle.toString(), "--public-key", notAKey.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("--public-key " + notAKey + " is not an Ed25519 public key");
	}

	@Test
	void aFileThatIsNotAZipIsBrokenNamingIt() throws Exception {
		Path bundle = java.nio.file.Files.writeString(this.temp.resolve("bundle.zip"), "not a zip");

		assertThat(run("audit", "verify", "--bundle", bundle.toString())).isEqualTo(1);
		assertThat(this.out.toString()).startsWith("broken: bundle.zip: not a readable zip");
	}

	@Test
	void helpNamesTheOptions() {
		assertThat(run("audit", "verify", "--help")).isZero();

		assertThat(this.out.toString()).contains("--db", "--bundle", "--key", "--checkpoints", "--public-key");
	}

}
