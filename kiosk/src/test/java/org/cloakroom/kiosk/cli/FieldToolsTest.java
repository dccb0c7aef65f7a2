package org.cloakroom.kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldToolsTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void handlesOnlyTheToolNamesSoAnythingElseStartsTheKiosk() {
		assertThat(FieldTools.handles(new String[] { "ble", "decode" })).isTrue();
		assertThat(FieldTools.handles(new String[] { "gpio" })).isTrue();
		assertThat(FieldTools.handles(new String[] { "--spring.profiles.active=simulation" })).isFalse();
		assertThat(FieldTools.handles(new String[0])).isFalse();
	}

	@Test
	void anUnknownToolIsOneLineOnStandardErrorAndExitCodeTwo() {
		int exit = run("ble", "teleport");

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: ")
			.contains("teleport")
			.contains("--help");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void helpListsBothTools() {
		int exit = run("--help");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("ble").contains("gpio");
	}

}
