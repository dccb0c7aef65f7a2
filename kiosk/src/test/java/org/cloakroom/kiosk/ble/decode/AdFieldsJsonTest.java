package org.cloakroom.kiosk.ble.decode;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.ble.decode.AdDecoderTest.hex;

/** The JSON that {@code ble decode} prints and other tools rely on. */
class AdFieldsJsonTest {

	private final JsonMapper json = JsonMapper.shared();

	@Test
	void writesAnIBeaconWithItsKindHexBytesAndCompanyIds() {
		JsonNode node = this.json.readTree(this.json.writeValueAsString(AdDecoder.decode(AdDecoderTest.IBEACON)));

		assertThat(node.get("kind").asString()).isEqualTo("iBeacon");
		assertThat(node.get("flags").asString()).isEqualTo("0x06");
		assertThat(node.get("manufacturerData").get("0x004c").asString())
			.isEqualTo("0215e2c56db5dffb48d2b060d0f5a71096e001020304c5");
		assertThat(node.get("iBeacon").get("uuid").asString()).isEqualTo("e2c56db5-dffb-48d2-b060-d0f5a71096e0");
		assertThat(node.get("iBeacon").get("major").asInt()).isEqualTo(258);
		assertThat(node.get("iBeacon").get("measuredPower").asInt()).isEqualTo(-59);
		assertThat(node.get("appleContinuity").get(0).get("name").asString()).isEqualTo("iBeacon");
		assertThat(node.get("malformed").asInt()).isZero();
		assertThat(node.has("problems")).isFalse();
	}

	@Test
	void writesAnIPhonesContinuityMessagesByName() {
		JsonNode node = this.json.readTree(this.json.writeValueAsString(AdDecoder.decode(AdDecoderTest.NEARBY_INFO)));

		assertThat(node.get("kind").asString()).isEqualTo("iPhone");
		JsonNode message = node.get("appleContinuity").get(0);
		assertThat(message.get("type").asInt()).isEqualTo(0x10);
		assertThat(message.get("name").asString()).isEqualTo("Nearby Info");
		assertThat(message.get("data").asString()).isEqualTo("031c4e3a21");
	}

	@Test
	void writesEddystoneFramesAndServiceDataByUuid() {
		JsonNode node = this.json
			.readTree(this.json.writeValueAsString(AdDecoder.decode(EddystoneFramesTest.URL_EXAMPLE)));

		assertThat(node.get("kind").asString()).isEqualTo("Eddystone");
		assertThat(node.get("serviceUuids").get(0).asString()).isEqualTo("0000feaa-0000-1000-8000-00805f9b34fb");
		assertThat(node.get("serviceData").get("0000feaa-0000-1000-8000-00805f9b34fb").asString())
			.isEqualTo("10ee03676f6f2e676c2f417131387a46");
		assertThat(node.get("eddystoneUrl").get("url").asString()).isEqualTo("https://goo.gl/Aq18zF");
	}

	@Test
	void listsWhatWasSkippedWithItsKindAndOffset() {
		JsonNode node = this.json.readTree(this.json.writeValueAsString(AdDecoder.decode(hex("020106" + "1aff4c00"))));

		assertThat(node.get("malformed").asInt()).isEqualTo(1);
		JsonNode problem = node.get("problems").get(0);
		assertThat(problem.get("kind").asString()).isEqualTo("length overrun");
		assertThat(problem.get("in").asString()).isEqualTo("AD type 0xff");
		assertThat(problem.get("offset").asInt()).isEqualTo(3);
	}

}
