package org.cloakroom.kiosk.ble.trace;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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
	void readsDecimalRssiRoundedToTheNearestDbm() {
		String line = TraceFormat.write(this.full, null);

		assertThat(TraceFormat.read(line.replace("-67", "-67.0")).advertisement().rssi()).isEqualTo(-67);
		assertThat(TraceFormat.read(line.replace("-67", "-67.4")).advertisement().rssi()).isEqualTo(-67);
		assertThat(TraceFormat.read(line.replace("-67", "-67.6")).advertisement().rssi()).isEqualTo(-68);
		assertThat(TraceFormat.read(line.replace("-67", "-8.25e1")).advertisement().rssi()).isEqualTo(-82);
		assertThatIllegalArgumentException().isThrownBy(() -> TraceFormat.read(line.replace("-67", "-1e9")))
			.withMessageContaining("rssi must be between -200 and 50 dBm");
	}

	@Test
	void aStrictReaderRefusesABadLineWithItsNumberAndALenientOneSkipsIt(@TempDir Path dir) throws Exception {
		String good = TraceFormat.write(this.full, null);
		Path trace = dir.resolve("t.jsonl");
		Files.writeString(trace, good + "\n\n" + good.replace("-67", "\"loud\"") + "\n" + good + "\n");

		try (TraceReader strict = TraceReader.strict(trace)) {
			assertThat(strict.next()).isNotNull();
			assertThatExceptionOfType(TraceReader.RejectedLine.class).isThrownBy(strict::next)
				.withMessageContaining("line 3 of the trace " + trace)
				.withMessageContaining("rssi")
				.satisfies((rejected) -> assertThat(rejected.lineNumber()).isEqualTo(3));
		}
		try (TraceReader lenient = new TraceReader(trace)) {
			assertThat(lenient.next()).isNotNull();
			assertThat(lenient.next()).isNotNull();
			assertThat(lenient.next()).isNull();
			assertThat(lenient.skipped()).isEqualTo(1);
		}
	}

	@Test
	void ignoresALabelItCannotRead() {
		String line = TraceFormat.write(this.full, null).replace("}$", "");
		String labelled = line.substring(0, line.length() - 1) + ",\"label\":{\"zone\":\"MOON\"}}";

		assertThat(TraceFormat.read(labelled).label()).isNull();
	}

}
