package org.cloakroom.kiosk.badge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.badge.ReaderFactories;
import org.cloakroom.kiosk.badge.wedge.EvdevStream;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code badge listen} on a keyboard-wedge reader whose device is an evdev stream (a FIFO
 * with the kernel's input_event layout, read without the grab: see {@link EvdevStream}).
 */
class ListenCommandTest {

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T08:00:00Z");

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void printsEachReadMaskedWithItsReaderFormAndFormatAndEachRejectedReadWithItsReason(@TempDir Path dir)
			throws Exception {
		try (EvdevStream stream = EvdevStream.create(dir.resolve("event-kbd"))) {
			Path wiring = wiring(dir, stream.path());

			CompletableFuture<Integer> listening = CompletableFuture.supplyAsync(
					() -> command().execute("--source", "door", "--wiring", wiring.toString(), "--count", "2"));
			stream.plugIn();
			stream.type("0012345");
			stream.type("12AB");
			stream.type("100004");

			assertThat(listening.get(20, TimeUnit.SECONDS)).isZero();
		}
		assertThat(this.out.toString().lines()).containsExactly("2026-12-07T08:00:00Z  door  typed  decimal  •••45",
				"2026-12-07T08:00:00Z  door  rejected read 1: the reader typed 4 characters that are not a decimal number",
				"2026-12-07T08:00:00Z  door  typed  decimal  ••••04");
		assertThat(this.err.toString())
			.contains("door reading: reading " + dir.resolve("event-kbd") + " (a FIFO, not grabbed)");
	}

	@Test
	void aSourceTheWiringDoesNotHaveIsRefusedNamingTheReadersItHas(@TempDir Path dir) throws Exception {
		Path wiring = wiring(dir, dir.resolve("absent"));

		int exit = command().execute("--source", "desk", "--wiring", wiring.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("no reader 'desk' in " + wiring + " (readers: door, or all)");
	}

	@Test
	void theFieldToolsKnowTheBadgeTool() {
		assertThat(FieldTools.handles(new String[] { "badge", "listen", "--source", "all" })).isTrue();
		assertThat(FieldTools.commandLine(new PrintWriter(this.out), new PrintWriter(this.err))
			.getSubcommands()
			.get("badge")
			.getSubcommands()).containsKey("listen");
	}

	private CommandLine command() {
		CommandLine command = new CommandLine(new ListenCommand(this.clock, ReaderFactories.of(EvdevStream.factory())));
		command.setOut(new PrintWriter(this.out, true));
		command.setErr(new PrintWriter(this.err, true));
		return command;
	}

	private static Path wiring(Path dir, Path device) throws Exception {
		return Files.writeString(dir.resolve("lockers.yaml"),
				Files.readString(Path.of("../firmware-config/lockers/bench-12.yaml")) + """
						readers:
						  - name: door
						    type: keyboard-wedge
						    format: decimal
						    device: %s
						""".formatted(device));
	}

}
