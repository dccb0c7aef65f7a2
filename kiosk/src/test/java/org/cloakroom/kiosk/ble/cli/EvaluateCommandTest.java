package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ble evaluate}'s refusals; RealDataEvaluationIT scores the real data. */
class EvaluateCommandTest {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void refusesAMissingDataSetFolderNamingIt() {
		Path missing = this.folder.resolve("rssi");
		int exit = run("ble", "evaluate", "--datasets", missing.toString());
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("The real RSSI data sets are not in " + missing)
			.contains("-Dcloakroom.datasets");
	}

	@Test
	void refusesAnUnknownHalfAndABadSetting() {
		assertThat(run("ble", "evaluate", "--half", "both")).isNotZero();
		assertThat(this.err.toString()).contains("--half must be scoring or tuning, got 'both'");
		assertThat(run("ble", "evaluate", "--at-door-within-db", "55")).isNotZero();
		assertThat(this.err.toString()).contains("spot.at-door-within-db must be 0 to 40 dB, got 55.0");
		assertThat(run("ble", "evaluate", "--at-door-dwell", "soon")).isNotZero();
		assertThat(this.err.toString()).contains("--at-door-dwell must be a duration such as 1s or 750ms, got 'soon'");
	}

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

}
