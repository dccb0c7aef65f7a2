package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCommandTest {

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
	void placesGeneratedArrivalsAtTheDoorUnderTheirEnrolledNames() {
		Path trace = this.dir.resolve("arrival.jsonl");
		assertThat(run("ble", "trace", "generate", "--scenario", "arrival", "--count", "3", "--seed", "7", "--out",
				trace.toString()))
			.isZero();
		List<String> args = new ArrayList<>(List.of("ble", "replay", trace.toString()));
		for (JsonNode person : JSON.readTree(this.out.toString()).get("people")) {
			args.add("--irk");
			args.add("ada-" + person.get("device").asString() + "=" + person.get("irk").asString());
		}

		int exit = run(args.toArray(String[]::new));

		assertThat(exit).isZero();
		List<JsonNode> lines = this.out.toString().lines().map(JSON::readTree).toList();
		assertThat(lines.stream().filter((line) -> "AT_DOOR".equals(line.path("zone").asString())))
			.extracting((line) -> line.get("device").asString())
			.containsExactlyInAnyOrder("ada-p1", "ada-p2", "ada-p3");
		JsonNode summary = lines.get(lines.size() - 1).get("summary");
		assertThat(summary.get("badLines").asInt()).isZero();
		assertThat(summary.get("entered").get("AT_DOOR").asInt()).isEqualTo(3);
	}

	@Test
	void countsABadLineAndGoesOn() throws Exception {
		Path trace = this.dir.resolve("corridor.jsonl");
		run("ble", "trace", "generate", "--scenario", "corridor", "--count", "2", "--out", trace.toString());
		Files.writeString(trace, "not json\n" + Files.readString(trace));

		assertThat(run("ble", "replay", trace.toString())).isZero();

		assertThat(this.out.toString().lines().reduce((first, second) -> second)).get()
			.asString()
			.contains("\"badLines\":1");
	}

	@Test
	void aBadIrkOrMissingFileIsOneLineAndExitTwo() {
		assertThat(run("ble", "replay", this.dir.resolve("none.jsonl").toString())).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().startsWith("error: ").contains("none.jsonl");

		Path trace = this.dir.resolve("t.jsonl");
		run("ble", "trace", "generate", "--scenario", "linger", "--count", "1", "--out", trace.toString());
		assertThat(run("ble", "replay", trace.toString(), "--irk", "ada=xyz")).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().startsWith("error: --irk ada");

		assertThat(run("ble", "trace", "generate", "--scenario", "moonwalk", "--out", trace.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("moonwalk");
	}

}
