package org.cloakroom.kiosk.ble.decode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.ble.decode.AdDecoderTest.hex;

/**
 * Eddystone-URL and -TLM frames laid out as Google's Eddystone specification gives them
 * (github.com/google/eddystone: {@code eddystone-url/README.md}, "Frame Specification",
 * "URL Scheme Prefix" and "HTTP URL encoding" tables, tx power examples 0x12 = +18 dBm
 * and 0xEE = −18 dBm, example URL {@code https://goo.gl/Aq18zF};
 * {@code eddystone-tlm/tlm-plain.md}, "Unencrypted TLM Frame Specification": big-endian
 * VBATT in mV, TEMP in signed 8.8 fixed point with 0x8000 for "not supported", ADV_CNT,
 * SEC_CNT in 0.1 s, service data length 0x11).
 */
class EddystoneFramesTest {

	/** The README's example URL: scheme 0x03 (https://) then "goo.gl/Aq18zF". */
	static final byte[] URL_EXAMPLE = hex("0303aafe" + "1316aafe" + "10ee03" + "676f6f2e676c2f417131387a46");

	@Test
	void decodesTheSpecificationsExampleUrl() {
		AdFields fields = AdDecoder.decode(URL_EXAMPLE);
		assertThat(fields.problems()).isEmpty();
		assertThat(fields.eddystoneUrl()).isEqualTo(new EddystoneUrlFrame(-18, "https://goo.gl/Aq18zF"));
		assertThat(fields.kind()).isEqualTo(DeviceKind.EDDYSTONE);
	}

	@Test
	void expandsSchemePrefixesAndEveryTextExpansionCode() {
		assertThat(url("1200" + "676f6f676c65" + "00")).isEqualTo(new EddystoneUrlFrame(18, "http://www.google.com/"));
		assertThat(url("0001" + "6578616d706c65" + "08"))
			.isEqualTo(new EddystoneUrlFrame(0, "https://www.example.org"));
		assertThat(url("0002" + "61" + "0d" + "2f78")).isEqualTo(new EddystoneUrlFrame(0, "http://a.gov/x"));
		String[] expansions = { ".com/", ".org/", ".edu/", ".net/", ".info/", ".biz/", ".gov/", ".com", ".org", ".edu",
				".net", ".info", ".biz", ".gov" };
		for (int code = 0; code < expansions.length; code++) {
			assertThat(url("0003" + "78" + String.format("%02x", code)).url())
				.isEqualTo("https://x" + expansions[code]);
		}
	}

	@Test
	void refusesAnUnknownSchemeAndAnOverlongUrlAsTruncatedFrames() {
		assertThat(AdDecoder.decode(hex("0816aafe" + "10ee04" + "6162")).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.kind()).isEqualTo(Malformation.TRUNCATED));
		assertThat(AdDecoder.decode(hex("1916aafe" + "10ee03" + "61".repeat(19))).malformed()).isEqualTo(1);
		assertThat(AdDecoder.decode(hex("0516aafe" + "10ee")).malformed()).isEqualTo(1);
	}

	@Test
	void decodesAnUnencryptedTlmFrame() {
		// 3000 mV, 24.5 °C (0x1880), 1,000,000 PDUs, 1 hour = 36,000 tenths
		AdFields fields = AdDecoder.decode(hex("1116aafe" + "2000" + "0bb8" + "1880" + "000f4240" + "00008ca0"));
		assertThat(fields.problems()).isEmpty();
		assertThat(fields.eddystoneTlm()).isEqualTo(new EddystoneTlmFrame(3000, 24.5, 1_000_000, 36_000));
		assertThat(fields.eddystoneTlm().uptimeSeconds()).isEqualTo(3600.0);
	}

	@Test
	void readsNegativeFixedPointTemperaturesAndTheNotSupportedMarker() {
		// −1.25 °C is 0xFEC0 in 8.8 two's complement; 0x8000 means no sensor; 0 mV no
		// battery
		assertThat(tlm("0000" + "fec0").temperatureCelsius()).isEqualTo(-1.25);
		EddystoneTlmFrame usbPowered = tlm("0000" + "8000");
		assertThat(usbPowered.temperatureCelsius()).isNull();
		assertThat(usbPowered.batteryMillivolts()).isZero();
	}

	@Test
	void countsATruncatedTlmButLeavesAnEncryptedOneAlone() {
		assertThat(AdDecoder.decode(hex("0b16aafe" + "2000" + "0bb81880" + "0000")).malformed()).isEqualTo(1);
		AdFields encrypted = AdDecoder.decode(hex("1716aafe" + "2001" + "00".repeat(18)));
		assertThat(encrypted.malformed()).isZero();
		assertThat(encrypted.eddystoneTlm()).isNull();
	}

	private static EddystoneUrlFrame url(String frameAfterType) {
		byte[] data = hex("10" + frameAfterType);
		byte[] raw = new byte[data.length + 4];
		raw[0] = (byte) (data.length + 3);
		raw[1] = 0x16;
		raw[2] = (byte) 0xAA;
		raw[3] = (byte) 0xFE;
		System.arraycopy(data, 0, raw, 4, data.length);
		AdFields fields = AdDecoder.decode(raw);
		assertThat(fields.problems()).isEmpty();
		return fields.eddystoneUrl();
	}

	private static EddystoneTlmFrame tlm(String batteryAndTemperature) {
		AdFields fields = AdDecoder.decode(hex("1116aafe" + "2000" + batteryAndTemperature + "00000001" + "00000002"));
		assertThat(fields.problems()).isEmpty();
		return fields.eddystoneTlm();
	}

}
