package org.cloakroom.kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@code java -jar cloakroom-kiosk.jar @args-file} runs the tool the file names. */
class ArgumentFilesTest {

	@TempDir
	Path dir;

	@Test
	void aToolNamedInAnArgumentFileIsATool() throws Exception {
		Path args = this.dir.resolve("decode.args");
		Files.writeString(args, "# an installer's saved command\nble decode\n\"02 01 06\"\n");

		assertThat(FieldTools.handles(new String[] { "@" + args })).isTrue();
		assertThat(ArgumentFiles.expand(new String[] { "@" + args })).containsExactly("ble", "decode", "02 01 06");
	}

	@Test
	void kioskArgumentsInAFileStartTheKioskWithThemExpanded() throws Exception {
		Path args = this.dir.resolve("kiosk.args");
		Files.writeString(args, "--spring.profiles.active=simulation\n--server.port=8081\n");

		assertThat(FieldTools.handles(new String[] { "@" + args })).isFalse();
		assertThat(ArgumentFiles.expand(new String[] { "@" + args, "--debug" }))
			.containsExactly("--spring.profiles.active=simulation", "--server.port=8081", "--debug");
		assertThat(FieldTools.handles(new String[] { "--spring.profiles.active=simulation" })).isFalse();
	}

	@Test
	void anUnreadableArgumentFileFirstIsRefusedNamingIt() {
		Path missing = this.dir.resolve("missing.args");

		assertThatIllegalArgumentException().isThrownBy(() -> FieldTools.handles(new String[] { "@" + missing }))
			.withMessageContaining(missing.toString());
	}

	@Test
	void runsAToolThroughAnArgumentFile() throws Exception {
		Path args = this.dir.resolve("decode.args");
		Files.writeString(args, "ble decode '02011a0aff4c00 1005031ca1b2c3'\n");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		int exit = FieldTools.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("@" + args);

		assertThat(exit).isZero();
		assertThat(err.toString()).isEmpty();
		JsonNode json = JsonMapper.shared().readTree(out.toString());
		assertThat(json.get("kind").asString()).isEqualTo("iPhone");
	}

}
