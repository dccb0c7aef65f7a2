package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TraceGenerateCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private StringWriter out = new StringWriter();

	private StringWriter err = new StringWriter();

	private int run(String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void measuredModelsInAPocketAreSpreadOverTheMeasuredLevelsAndAllCarriedThere() {
		assertThat(run("ble", "trace", "generate", "--scenario", "linger", "--count", "40", "--models", "measured",
				"--carrying", "pocket=1", "--out", this.dir.resolve("t.jsonl").toString()))
			.isZero();

		List<JsonNode> people = JSON.readTree(this.out.toString()).get("people").valueStream().toList();
		assertThat(people).extracting((person) -> person.get("carrying").asString()).containsOnly("pocket");
		List<Double> levels = people.stream().map((person) -> person.get("levelAt1m").asDouble()).toList();
		assertThat(levels).allSatisfy((level) -> assertThat(level).isBetween(-88.0, -42.0));
		assertThat(levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
				- levels.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
			.isGreaterThan(25);
	}

	@Test
	void referencePhonesAllReadTheReferenceLevelAndAreInTheHandByDefault() {
		assertThat(run("ble", "trace", "generate", "--scenario", "linger", "--count", "5", "--out",
				this.dir.resolve("t.jsonl").toString()))
			.isZero();

		assertThat(JSON.readTree(this.out.toString()).get("people").valueStream())
			.allSatisfy((person) -> assertThat(person.get("levelAt1m").asDouble()).isEqualTo(-59.0))
			.allSatisfy((person) -> assertThat(person.get("carrying").asString()).isEqualTo("hand"));
	}

	@Test
	void aBadCarryingMixOrModelsIsOneLineNamingTheOptionAndExitTwo() {
		assertThat(run("ble", "trace", "generate", "--scenario", "linger", "--carrying", "sock=1", "--out",
				this.dir.resolve("t.jsonl").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().startsWith("error: ").contains("'sock'");

		assertThat(run("ble", "trace", "generate", "--scenario", "linger", "--models", "loud", "--out",
				this.dir.resolve("t.jsonl").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().contains("--models", "'loud'");
	}

}
