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
	void helpNamesTheOptions() {
		assertThat(run("audit", "verify", "--help")).isZero();

		assertThat(this.out.toString()).contains("--db", "--key", "--checkpoints", "--public-key");
	}

}
