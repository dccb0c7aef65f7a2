package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TraceFormatTest {

	private static final UUID FAST_PAIR = UUID.fromString("0000fe2c-0000-1000-8000-00805f9b34fb");

	private final Advertisement full = new Advertisement(Instant.parse("2026-11-22T09:00:00.125Z"), "hci0",
			BleAddress.parse("5A:11:22:33:44:55"), AddressType.RANDOM, -67, -8,
			Map.of(0x004C, HexFormat.of().parseHex("10051b98")), Map.of(FAST_PAIR, HexFormat.of().parseHex("a1b2c3")),
			List.of(FAST_PAIR), HexFormat.of().parseHex("0201060aff4c0010051b98"));

	@Test
	void readsBackEveryFieldItWrote() {
		TraceLabel label = new TraceLabel("arrival", "p1", 0.8, Zone.AT_DOOR);

		TraceEntry read = TraceFormat.read(TraceFormat.write(this.full, label));

		assertThat(read.advertisement()).isEqualTo(this.full);
		assertThat(read.label()).isEqualTo(label);
	}

	@Test
	void leavesOutWhatIsUnknownAndReadsItBackAsUnknown() {
		Advertisement bare = new Advertisement(Instant.parse("2026-11-22T09:00:00Z"), "door",
				BleAddress.parse("00:11:22:33:44:55"), AddressType.PUBLIC, -80, null, null, null, null, null);

		String line = TraceFormat.write(bare, null);

		assertThat(line).doesNotContain("txPower").doesNotContain("raw").doesNotContain("label");
		assertThat(TraceFormat.read(line).advertisement()).isEqualTo(bare);
	}

	@Test
	void writesOneLineOfJsonWithHexBytesAndCompanyIds() {
		assertThat(TraceFormat.write(this.full, null)).doesNotContain("\n")
			.contains("\"addressType\":\"random\"")
			.contains("\"manufacturerData\":{\"004c\":\"10051b98\"}")
			.contains("\"raw\":\"0201060aff4c0010051b98\"");
	}

	@Test
	void namesTheFieldThatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> TraceFormat.read("{oops"))
			.withMessageStartingWith("not JSON");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TraceFormat.read("{\"time\":\"2026-11-22T09:00:00Z\",\"adapter\":\"door\"}"))
			.withMessageContaining("address");
		String line = TraceFormat.write(this.full, null);
		assertThatIllegalArgumentException().isThrownBy(() -> TraceFormat.read(line.replace("-67", "\"loud\"")))
			.withMessageContaining("rssi");
		assertThatIllegalArgumentException().isThrownBy(() -> TraceFormat.read(line.replace("10051b98", "xyz")))
			.withMessageContaining("manufacturerData.004c");
	}

	@Test
	void ignoresALabelItCannotRead() {
		String line = TraceFormat.write(this.full, null).replace("}$", "");
		String labelled = line.substring(0, line.length() - 1) + ",\"label\":{\"zone\":\"MOON\"}}";

		assertThat(TraceFormat.read(labelled).label()).isNull();
	}

}
