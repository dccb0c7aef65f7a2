package org.cloakroom.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/bin/cloakroom-screen as the screen unit runs it, with stand-ins for what only a
 * Pi's display has: a {@code cage} that records its arguments and runs the command after
 * {@code --} (answering {@code -h} as Bookworm's cage 0.1 or a later one does), a
 * {@code wlr-randr} that names one output and records the rotation, and a Chromium that
 * records how it was started.
 */
class ScreenScriptIT {

	@TempDir
	Path directory;

	private Path bin;

	private Path config;

	private Path state;

	@BeforeEach
	void standIns() throws IOException {
		this.bin = Files.createDirectories(this.directory.resolve("bin"));
		this.config = Files.createDirectories(this.directory.resolve("etc"));
		this.state = Files.createDirectories(this.directory.resolve("state"));
		script("chromium", "printf '%s\\n' \"$@\" > \"$RECORD/chromium\"");
		script("wlr-randr", """
				if [ $# -eq 0 ]; then echo 'HDMI-A-1 "Stand-in display (HDMI-A-1)"'; exit 0; fi
				printf '%s\\n' "$@" > "$RECORD/wlr-randr"
				""");
	}

	@Test
	void startsChromiumInKioskModeOnTheKioskPortUnderCageAndMarksTheLastExitClean() throws Exception {
		cage(true);
		Files.writeString(this.config.resolve("application.yml"),
				"management:\n  server:\n    port: 9000\nserver:\n  ssl:\n    enabled: false\n  port: 8443\n");
		Path preferences = Files.createDirectories(this.state.resolve("chromium/Default")).resolve("Preferences");
		Files.writeString(preferences,
				"{\"profile\":{\"exit_type\":\"Crashed\",\"exited_cleanly\":false,\"name\":\"Kiosk\"}}");

		run(Map.of("CLOAKROOM_SCREEN_ROTATION", "90"));

		assertThat(lines("cage")).containsExactly("-d", "-r", "--", script().toString(), "--browser");
		assertThat(lines("chromium"))
			.contains("--kiosk", "--ozone-platform=wayland", "--noerrdialogs", "--disable-infobars",
					"--password-store=basic", "--no-first-run", "--disable-features=Translate",
					"--check-for-update-interval=31536000", "--disable-background-networking",
					"--user-data-dir=" + this.state.resolve("chromium"))
			.last()
			.isEqualTo("http://localhost:8443/kiosk");
		assertThat(Files.readString(preferences))
			.isEqualTo("{\"profile\":{\"exit_type\":\"Normal\",\"exited_cleanly\":true,\"name\":\"Kiosk\"}}");
		assertThat(this.directory.resolve("record/wlr-randr")).as("cage 0.1 rotated it").doesNotExist();
	}

	@Test
	void rotatesWithWlrRandrUnderACageWithoutRotationAndDefaultsToPort8080() throws Exception {
		cage(false);

		run(Map.of("CLOAKROOM_SCREEN_ROTATION", "270"));

		assertThat(lines("cage")).containsExactly("-d", "--", script().toString(), "--browser");
		assertThat(lines("wlr-randr")).containsExactly("--output", "HDMI-A-1", "--transform", "270");
		assertThat(lines("chromium")).last().isEqualTo("http://localhost:8080/kiosk");
	}

	@Test
	void showsTheDisplayUnrotatedWhenTheRotationIsNotOneItKnows() throws Exception {
		cage(true);

		String output = run(Map.of("CLOAKROOM_SCREEN_ROTATION", "45"));

		assertThat(output).contains("CLOAKROOM_SCREEN_ROTATION=45", "is not 0, 90, 180 or 270");
		assertThat(lines("cage")).containsExactly("-d", "--", script().toString(), "--browser");
	}

	/**
	 * A cage whose {@code -h} lists {@code -r} (0.1, Bookworm's) or not (0.2 and later).
	 */
	private void cage(boolean rotates) throws IOException {
		String rotation = rotates ? " -r\t Rotate the output 90 degrees clockwise, specify up to three times\n" : "";
		script("cage", """
				if [ "$1" = -h ]; then
				cat <<'HELP'
				Usage: cage [OPTIONS] [--] APPLICATION

				 -d\t Don't draw client side decorations, when possible
				%s -s\t Allow VT switching
				HELP
				exit 0
				fi
				printf '%%s\\n' "$@" > "$RECORD/cage"
				while [ "$1" != -- ]; do shift; done
				shift
				exec "$@"
				""".formatted(rotation));
	}

	private String run(Map<String, String> settings) throws Exception {
		Files.createDirectories(this.directory.resolve("record"));
		Map<String, String> environment = new HashMap<>();
		environment.put("PATH", this.bin + ":/usr/bin:/bin");
		environment.put("RECORD", this.directory.resolve("record").toString());
		environment.put("STATE_DIRECTORY", this.state.toString());
		environment.put("CLOAKROOM_CONFIG_DIR", this.config.toString());
		environment.put("CLOAKROOM_SCREEN_BROWSER", this.bin.resolve("chromium").toString());
		environment.putAll(settings);
		Command.Result result = Command.of(script()).with(environment).run();
		assertThat(result.exitCode()).as("exit status; it said:\n%s", result.output()).isZero();
		return result.output();
	}

	private List<String> lines(String standIn) throws IOException {
		return Files.readAllLines(this.directory.resolve("record").resolve(standIn));
	}

	private static Path script() throws IOException {
		return DebianCommands.repository().resolve("deploy/bin/cloakroom-screen");
	}

	private void script(String name, String body) throws IOException {
		Path file = this.bin.resolve(name);
		Files.writeString(file, "#!/bin/sh\nset -eu\n" + body);
		file.toFile().setExecutable(true);
	}

}
