package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core Specification v5.x, Vol 3, Part H, Appendix D.7: IRK
 * ec0234a357c8ad05341010a60a397d9b, prand 708194, ah = 0dfbaa, so 70:81:94:0D:FB:AA
 * resolves.
 */
class ResolveCommandTest {

	private static final String IRK = "ec0234a357c8ad05341010a60a397d9b";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private JsonNode resolve(String irk, String address) {
		int exit = FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("ble", "resolve", "--irk", irk, "--address", address);
		assertThat(exit).isZero();
		return JsonMapper.shared().readTree(this.out.toString());
	}

	@Test
	void resolvesTheSpecificationsSampleAddress() {
		JsonNode json = resolve(IRK, "70:81:94:0D:FB:AA");

		assertThat(json.get("resolved").asBoolean()).isTrue();
		assertThat(json.get("addressType").asString()).isEqualTo("resolvable private");
		assertThat(json.get("prand").asString()).isEqualTo("708194");
		assertThat(json.get("expectedHash").asString()).isEqualTo("0dfbaa");
		assertThat(json.has("reason")).isFalse();
	}

	@Test
	void saysWhenTheHashBelongsToAnotherKey() {
		JsonNode json = resolve(IRK, "70:81:94:0D:FB:AB");

		assertThat(json.get("resolved").asBoolean()).isFalse();
		assertThat(json.get("reason").asString()).contains("0dfbab").contains("0dfbaa").contains("another IRK");
	}

	@Test
	void saysWhenTheAddressIsNotResolvablePrivate() {
		JsonNode json = resolve(IRK, "F0:81:94:0D:FB:AA");

		assertThat(json.get("resolved").asBoolean()).isFalse();
		assertThat(json.get("addressType").asString()).startsWith("static random");
		assertThat(json.get("reason").asString()).startsWith("not a resolvable private address").contains("11");
	}

	@Test
	void hintsWhenTheKeyWasGivenLeastSignificantByteFirst() {
		JsonNode json = resolve("9b7d390aa610103405adc857a33402ec", "70:81:94:0D:FB:AA");

		assertThat(json.get("resolved").asBoolean()).isFalse();
		assertThat(json.get("reason").asString()).contains("bytes reversed");
	}

	@Test
	void aBadKeyOrAddressIsAOneLineUsageError() {
		int exit = FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("ble", "resolve", "--irk", "ec02", "--address", "70:81:94:0D:FB:AA");
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().startsWith("error: --irk:");

		this.err.getBuffer().setLength(0);
		exit = FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("ble", "resolve", "--irk", IRK, "--address", "70-81-94");
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: --address: Not a BLE address (want AA:BB:CC:DD:EE:FF): 70-81-94");
		assertThat(this.out.toString()).isEmpty();
	}

}
