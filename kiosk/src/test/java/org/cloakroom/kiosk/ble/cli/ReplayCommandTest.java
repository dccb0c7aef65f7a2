package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.trace.TraceFormat;
import org.cloakroom.kiosk.ble.trace.TraceLabel;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
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
	void countsABadLineAndGoesOnWhenLenient() throws Exception {
		Path trace = this.dir.resolve("corridor.jsonl");
		run("ble", "trace", "generate", "--scenario", "corridor", "--count", "2", "--out", trace.toString());
		Files.writeString(trace, "not json\n" + Files.readString(trace));

		assertThat(run("ble", "replay", trace.toString(), "--lenient")).isZero();

		assertThat(this.out.toString().lines().reduce((first, second) -> second)).get()
			.asString()
			.contains("\"badLines\":1");
	}

	@Test
	void aLineItCannotReadStopsTheRunWithItsNumberAndExitOne() throws Exception {
		Path trace = this.dir.resolve("corridor.jsonl");
		run("ble", "trace", "generate", "--scenario", "corridor", "--count", "2", "--out", trace.toString());
		List<String> lines = new ArrayList<>(Files.readAllLines(trace));
		lines.add(2, lines.get(2).replaceFirst("\"rssi\":-?\\d+", "\"rssi\":\"loud\""));
		Files.write(trace, lines);

		int exit = run("ble", "replay", trace.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: line 3 of the trace " + trace)
			.contains("rssi");
	}

	@Test
	void enrolsFixedAddressIBeaconAndEddystoneIdentitiesByName() throws Exception {
		Path trace = this.dir.resolve("badges.jsonl");
		List<String> lines = new ArrayList<>();
		// a badge with a fixed public address (Nearby Info only, so it counts as a phone
		// too)
		lines.addAll(standingAtTheDoor("00:1A:7D:DA:71:13", AddressType.PUBLIC, "02011a0aff4c001005031ca1b2c3"));
		// an iBeacon (Apple, Proximity Beacon Specification): UUID, major 1, minor 2, -59
		// dBm
		lines.addAll(standingAtTheDoor("6B:11:22:33:44:55", AddressType.RANDOM,
				"0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e000010002c5"));
		// an Eddystone-UID frame: ranging power -20, namespace, instance, two RFU bytes
		lines.addAll(standingAtTheDoor("6C:11:22:33:44:55", AddressType.RANDOM,
				"0201060303aafe1716aafe00ec" + "edd1ebeac04e5defa017" + "0102030405060000"));
		Files.write(trace, lines);

		int exit = run("ble", "replay", trace.toString(), "--fixed", "bob=00:1a:7d:da:71:13", "--ibeacon",
				"cy=e2c56db5-dffb-48d2-b060-d0f5a71096e0/1/2", "--eddystone", "dee=edd1ebeac04e5defa017/010203040506");

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(zoneLines().stream().filter((line) -> "AT_DOOR".equals(line.path("zone").asString())))
			.extracting((line) -> line.get("device").asString())
			.containsExactlyInAnyOrder("bob", "cy", "dee");
	}

	@Test
	void aBadIdentityOptionNamesItsOptionAndPhone() throws Exception {
		Path trace = this.dir.resolve("t.jsonl");
		Files.write(trace, standingAtTheDoor("00:1A:7D:DA:71:13", AddressType.PUBLIC, "0201060303aafe"));

		assertThat(run("ble", "replay", trace.toString(), "--ibeacon", "cy=e2c56db5/1")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: --ibeacon cy: want uuid/major/minor");
		assertThat(
				run("ble", "replay", trace.toString(), "--ibeacon", "cy=e2c56db5-dffb-48d2-b060-d0f5a71096e0/1/70000"))
			.isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: --ibeacon cy: ").contains("70000");
		assertThat(run("ble", "replay", trace.toString(), "--eddystone", "dee=abc/def")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: --eddystone dee: ");
		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: --fixed bob: ");
	}

	@Test
	void decimalRssiIsReplayedRounded() throws Exception {
		Path trace = this.dir.resolve("decimal.jsonl");
		List<String> lines = standingAtTheDoor("00:1A:7D:DA:71:13", AddressType.PUBLIC, "02011a0aff4c001005031ca1b2c3");
		Files.write(trace, lines.stream().map((line) -> line.replace("\"rssi\":-45", "\"rssi\":-45.4")).toList());

		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D:DA:71:13")).isZero();
		assertThat(zoneLines()).extracting((line) -> line.get("zone").asString()).contains("AT_DOOR");
	}

	@Test
	void aSettingsFileSetsTheLevelsPlacementsAndOffsets() throws Exception {
		Path trace = this.dir.resolve("hci1.jsonl");
		Files.write(trace,
				standingAtTheDoor("00:1A:7D:DA:71:13", AddressType.PUBLIC, "02011a0aff4c001005031ca1b2c3").stream()
					.map((line) -> line.replace("\"adapter\":\"door\"", "\"adapter\":\"hci1\""))
					.toList());
		Path placed = this.dir.resolve("placed.properties");
		Files.writeString(placed, "cloakroom.ble.adapters.hci1=door\n");
		Path offset = this.dir.resolve("offset.yml");
		Files.writeString(offset, "cloakroom:\n  ble:\n    adapters:\n      hci1: door\n"
				+ "    adapter-offsets:\n      hci1: 20\n    proximity:\n      dwell: 500ms\n");

		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D:DA:71:13")).isZero();
		assertThat(zoneLines()).as("hci1 is placed nowhere without settings").isEmpty();

		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D:DA:71:13", "--settings",
				placed.toString()))
			.isZero();
		assertThat(zoneLines()).extracting((line) -> line.get("zone").asString()).contains("AT_DOOR");

		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D:DA:71:13", "--settings",
				offset.toString()))
			.isZero();
		assertThat(zoneLines()).as("-45 dBm read 20 dB louder than the reference is -65: near, not at the door")
			.extracting((line) -> line.get("zone").asString())
			.contains("NEAR")
			.doesNotContain("AT_DOOR");
	}

	@Test
	void aBadSettingNamesTheFileAndTheKey() throws Exception {
		Path trace = this.dir.resolve("t.jsonl");
		Files.write(trace, standingAtTheDoor("00:1A:7D:DA:71:13", AddressType.PUBLIC, "0201060303aafe"));
		Path typo = this.dir.resolve("typo.properties");
		Files.writeString(typo, "cloakroom.ble.proximity.at-door-enter-dbm=-60\ncloakroom.ble.proximty.window=2s\n");
		Path value = this.dir.resolve("value.properties");
		Files.writeString(value, "cloakroom.ble.proximity.window=soon\n");
		Path rule = this.dir.resolve("rule.yaml");
		Files.writeString(rule, "cloakroom.ble.proximity:\n  at-door-enter-dbm: -70\n  at-door-exit-dbm: -60\n");
		Path other = this.dir.resolve("other.properties");
		Files.writeString(other, "server.port=8081\n");

		assertThat(run("ble", "replay", trace.toString(), "--settings", typo.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains(typo.toString()).contains("cloakroom.ble.proximty.window");
		assertThat(run("ble", "replay", trace.toString(), "--settings", value.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains(value.toString()).contains("cloakroom.ble.proximity.window");
		assertThat(run("ble", "replay", trace.toString(), "--settings", rule.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains(rule.toString()).contains("at-door-exit-dbm");
		assertThat(run("ble", "replay", trace.toString(), "--settings", other.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains(other.toString()).contains("'server.port'");
		assertThat(run("ble", "replay", trace.toString(), "--settings", this.dir.resolve("none.yml").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("none.yml");
	}

	/** Eight seconds of packets every 200 ms at -45 dBm on adapter {@code door}. */
	@Test
	void scoresALabelledTraceAgainstItsGroundTruth() throws Exception {
		Path trace = this.dir.resolve("labelled.jsonl");
		List<String> lines = new ArrayList<>();
		Instant start = Instant.parse("2026-11-22T09:00:00Z");
		for (int i = 0; i < 40; i++) {
			lines.add(labelled(start.plusMillis(200L * i), "00:1A:7D:DA:71:13", -45, "bob", 0.4, Zone.AT_DOOR));
			lines.add(labelled(start.plusMillis(200L * i + 50), "00:1A:7D:DA:71:14", -95, "eve", 3, Zone.NEAR));
			lines.add(labelled(start.plusMillis(200L * i + 100), "00:1A:7D:DA:71:15", -44, "mal", 2.5, Zone.NEAR));
		}
		Files.write(trace, lines);

		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D:DA:71:13", "--fixed",
				"eve=00:1A:7D:DA:71:14", "--fixed", "mal=00:1A:7D:DA:71:15"))
			.isZero();

		JsonNode score = JSON.readTree(this.out.toString().lines().reduce((first, second) -> second).orElseThrow())
			.get("summary")
			.get("score");
		assertThat(score.get("arrivals").asInt()).isEqualTo(1);
		assertThat(score.get("arrivalsAtDoorWithin3s").asInt()).as("bob stands at the door, loud").isEqualTo(1);
		assertThat(score.get("passers").asInt()).isEqualTo(2);
		assertThat(score.get("passersPlacedAtDoor").asInt()).as("mal shouts from 2.5 m; eve is faint").isEqualTo(1);
	}

	@Test
	void anUnlabelledTraceHasNoScore() throws Exception {
		Path trace = this.dir.resolve("plain.jsonl");
		Files.write(trace, standingAtTheDoor("00:1A:7D:DA:71:13", AddressType.PUBLIC, "0201060303aafe"));

		assertThat(run("ble", "replay", trace.toString(), "--fixed", "bob=00:1A:7D:DA:71:13")).isZero();

		assertThat(this.out.toString()).doesNotContain("\"score\"");
	}

	private static String labelled(Instant at, String address, int rssi, String device, double metres, Zone zone) {
		Advertisement ad = new Advertisement(at, "door", BleAddress.parse(address), AddressType.PUBLIC, rssi, null,
				null, null, null, HexFormat.of().parseHex("0201060303aafe"));
		return TraceFormat.write(ad, new TraceLabel("walk", device, metres, zone));
	}

	private static List<String> standingAtTheDoor(String address, AddressType type, String rawHex) {
		List<String> lines = new ArrayList<>();
		Instant start = Instant.parse("2026-11-22T09:00:00Z");
		for (int i = 0; i < 40; i++) {
			Advertisement ad = new Advertisement(start.plusMillis(200L * i), "door", BleAddress.parse(address), type,
					-45, null, null, null, null, HexFormat.of().parseHex(rawHex));
			lines.add(TraceFormat.write(ad, null));
		}
		return lines;
	}

	private List<JsonNode> zoneLines() {
		return this.out.toString().lines().map(JSON::readTree).filter((line) -> line.has("zone")).toList();
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
