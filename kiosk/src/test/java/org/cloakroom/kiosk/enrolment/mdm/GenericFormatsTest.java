package org.cloakroom.kiosk.enrolment.mdm;

import java.nio.charset.StandardCharsets;

import org.cloakroom.kiosk.enrolment.ImportProblem;
import org.cloakroom.kiosk.enrolment.MdmFormat;
import org.cloakroom.kiosk.enrolment.Platform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GenericFormatsTest {

	@Test
	void readsTheGenericCsvWithColumnsInAnyOrderAndCase() {
		Exports.Read export = Exports.read(MdmFormat.GENERIC_CSV, bytes("""
				App_ID,Device,PLATFORM
				com.tencent.mm,R58N91ABC,android
				"com.whatsapp",R58N91ABC,ANDROID

				,356938035643809,IOS
				"""));

		assertThat(export.problems()).isEmpty();
		assertThat(export.displayNames()).isFalse();
		DeviceKeys pixel = new DeviceKeys(null, null, null, null, "R58N91ABC");
		assertThat(export.rows()).containsExactly(new MdmRow(2, pixel, Platform.ANDROID, "com.tencent.mm"),
				new MdmRow(3, pixel, Platform.ANDROID, "com.whatsapp"),
				new MdmRow(5, new DeviceKeys(null, null, null, null, "356938035643809"), Platform.IOS, null));
	}

	@Test
	void reportsEveryKindOfBadCsvRowWithItsLine() {
		Exports.Read export = Exports.read(MdmFormat.GENERIC_CSV, bytes("""
				device,platform,app_id
				R58N91ABC,ANDROID,com.tencent.mm
				,ANDROID,com.tencent.mm
				R58N91ABC,WINDOWS,com.tencent.mm
				R58N91ABC,ANDROID,com tencent mm
				R58N91ABC,ANDROID
				R58N91ABC,ANDROID,com.ok,extra
				"""));

		assertThat(export.problems()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6, 7);
		assertThat(export.problems()).extracting(ImportProblem::message)
			.containsExactly("device is blank", "platform must be ANDROID or IOS, got 'WINDOWS'",
					"app_id 'com tencent mm' is not a package name or bundle id (letters, digits, '_', '.', '-'; at most 255)",
					"the row has 2 fields, the header has 3", "the row has 4 fields, the header has 3");
	}

	@Test
	void reportsAMissingColumnAndAnOpenQuote() {
		assertThat(Exports.read(MdmFormat.GENERIC_CSV, bytes("device,app_id\nX,com.a\n")).problems())
			.containsExactly(new ImportProblem(1, "the header lacks the column platform (it has device, app_id)"));
		assertThat(Exports.read(MdmFormat.GENERIC_CSV, bytes("device,platform,app_id\nX,IOS,com.a\n\"Y,IOS,com.b\n"))
			.problems()).containsExactly(new ImportProblem(3, "a quoted field is never closed"));
	}

	@Test
	void countsLinesInsideQuotedFields() {
		Exports.Read export = Exports.read(MdmFormat.GENERIC_CSV,
				bytes("device,platform,app_id\r\n\"A\r\nB\",IOS,com.a\r\nC,IOS,\"x y\"\r\n"));

		assertThat(export.problems()).extracting(ImportProblem::line).containsExactly(2, 4);
	}

	@Test
	void readsTheGenericJsonWithEachDeviceKey() {
		Exports.Read export = Exports.read(MdmFormat.GENERIC_JSON, bytes("""
				{"mdm": "workspace-one",
				 "devices": [
				  {"serial": "R58N91ABC", "imei": "356938035643809", "platform": "ANDROID",
				   "appIds": ["com.tencent.mm"]},
				  {"device": "00008110-000A", "platform": "IOS", "appIds": []}
				 ]}
				"""));

		assertThat(export.problems()).isEmpty();
		assertThat(export.mdm()).isEqualTo("workspace-one");
		assertThat(export.rows()).containsExactly(
				new MdmRow(4, new DeviceKeys("R58N91ABC", "356938035643809", null, null, null), Platform.ANDROID,
						"com.tencent.mm"),
				new MdmRow(5, new DeviceKeys(null, null, null, null, "00008110-000A"), Platform.IOS, null));
	}

	@Test
	void reportsBadJsonDevicesAndAppsByLine() {
		Exports.Read export = Exports.read(MdmFormat.GENERIC_JSON, bytes("""
				[
				  {"platform": "IOS", "appIds": []},
				  {"serial": "S1", "platform": "BLACKBERRY", "appIds": []},
				  {"serial": "S2", "platform": "IOS"},
				  {"serial": "S3", "platform": "IOS", "appIds": [
				    "com.ok",
				    "",
				    true
				  ]},
				  "not a device"
				]
				"""));

		assertThat(export.problems()).extracting(ImportProblem::line).containsExactly(2, 3, 4, 7, 8, 10);
		assertThat(export.problems().get(0).message()).contains("none of device, serial");
		assertThat(export.problems().get(1).message()).contains("'BLACKBERRY'");
		assertThat(export.problems().get(2).message()).contains("no appIds array");
		assertThat(export.problems().get(3).message()).contains("app id is blank");
		assertThat(export.rows()).extracting(MdmRow::entry).containsExactly("com.ok");
	}

	@Test
	void reportsJsonThatDoesNotParseWithItsLine() {
		assertThat(
				Exports.read(MdmFormat.GENERIC_JSON, bytes("{\"devices\": [\n  {\"serial\": \"S1\",,}\n]}")).problems())
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.line()).isEqualTo(2);
				assertThat(problem.message()).startsWith("not valid JSON");
			});
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
