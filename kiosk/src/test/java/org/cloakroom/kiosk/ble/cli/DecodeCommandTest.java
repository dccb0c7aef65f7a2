package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DecodeCommandTest {

	private static final String IBEACON = "0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e001020304c5";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void printsEverythingDecodedAsJson() {
		int exit = run("ble", "decode", IBEACON);

		assertThat(exit).isZero();
		assertThat(this.err.toString()).isEmpty();
		JsonNode json = JsonMapper.shared().readTree(this.out.toString());
		assertThat(json.get("kind").asString()).isEqualTo("iBeacon");
		assertThat(json.get("iBeacon").get("minor").asInt()).isEqualTo(772);
	}

	@Test
	void showsWhoSentAnAppleAdvertisementAndTheContinuityFieldsItRead() {
		// a locked Apple Watch's Nearby Info (five bytes, data flags 0x18: Theengs
		// decoder)
		int exit = run("ble", "decode", "02011a0aff4c00" + "1005" + "03" + "18" + "a1b2c3");

		assertThat(exit).isZero();
		JsonNode json = JsonMapper.shared().readTree(this.out.toString());
		assertThat(json.get("kind").asString()).isEqualTo("Apple Watch");
		JsonNode nearby = json.get("appleContinuity").get(0);
		assertThat(nearby.get("name").asString()).isEqualTo("Nearby Info");
		assertThat(nearby.get("fields").get("actionCode").asString()).isEqualTo("0x03 (idle (screen locked))");
		assertThat(nearby.get("fields").get("dataFlags").get(0).asString()).isEqualTo("unknown 0x08");
		assertThat(nearby.get("fields").get("authTag").asString()).isEqualTo("a1b2c3");
	}

	@Test
	void acceptsHexWithSpacesColonsAndAPrefixAlike() {
		run("ble", "decode", "0x" + IBEACON);
		String plain = this.out.toString();
		this.out.getBuffer().setLength(0);
		run("ble", "decode", "02:01:06", "1a", "ff", "4C:00:02:15", IBEACON.substring(18));
		assertThat(this.out.toString()).isEqualTo(plain);
		this.out.getBuffer().setLength(0);
		run("ble", "decode", "02 01 06 1A FF 4C 00 02 15 " + IBEACON.substring(18));
		assertThat(this.out.toString()).isEqualTo(plain);
	}

	@Test
	void namesABadCharacterAndItsPositionOnOneLine() {
		int exit = run("ble", "decode", "02 01 0g");

		assertThat(exit).isEqualTo(2);
		assertThat(this.out.toString()).isEmpty();
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: ")
			.contains("'g'")
			.contains("position 8");
	}

	@Test
	void refusesAnOddNumberOfDigits() {
		assertThat(run("ble", "decode", "020")).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().contains("odd number of hex digits");
	}

	@Test
	void showsMalformedInputRatherThanRefusingIt() {
		int exit = run("ble", "decode", "020106ff");

		assertThat(exit).isZero();
		JsonNode json = JsonMapper.shared().readTree(this.out.toString());
		assertThat(json.get("malformed").asInt()).isEqualTo(1);
		assertThat(json.get("problems").get(0).get("kind").asString()).isEqualTo("length overrun");
	}

}
