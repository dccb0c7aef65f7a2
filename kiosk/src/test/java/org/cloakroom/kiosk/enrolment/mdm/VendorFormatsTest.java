package org.cloakroom.kiosk.enrolment.mdm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cloakroom.kiosk.enrolment.ImportProblem;
import org.cloakroom.kiosk.enrolment.MdmFormat;
import org.cloakroom.kiosk.enrolment.Platform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VendorFormatsTest {

	/** Columns as Intune writes them, with the byte-order mark it starts with. */
	static final String INTUNE_CSV = "\uFEFFApplicationName,ApplicationPublisher,ApplicationVersion,Platform,DeviceId,"
			+ "DeviceName,EmailAddress,UserName\r\n"
			+ "WeChat,Tencent Technology (Shenzhen) Company Limited,8.0.47,Android,6f1c-a1,Ada's Pixel,ada@example.org,"
			+ "Ada Lovelace\r\n"
			+ "\"Microsoft Teams\",Microsoft Corporation,1416/1.0.0,Android,6f1c-a1,Ada's Pixel,ada@example.org,"
			+ "Ada Lovelace\r\n"
			+ "Notepad,Microsoft Corporation,11.2,Windows,w-77,DESKTOP-1,ada@example.org,Ada Lovelace\r\n";

	@Test
	void readsIntuneCsvWithItsByteOrderMarkAsDisplayNames() {
		Exports.Read export = Exports.read(MdmFormat.INTUNE, INTUNE_CSV.getBytes(StandardCharsets.UTF_8));

		assertThat(export.problems()).isEmpty();
		assertThat(export.displayNames()).isTrue();
		DeviceKeys pixel = new DeviceKeys(null, null, null, "6f1c-a1", null);
		assertThat(export.rows()).containsExactly(new MdmRow(2, pixel, Platform.ANDROID, "WeChat"),
				new MdmRow(3, pixel, Platform.ANDROID, "Microsoft Teams"),
				new MdmRow(4, new DeviceKeys(null, null, null, "w-77", null), null, "Notepad"));
	}

	@Test
	void mapsIntuneColumnsByNameInAnyOrderAndCase() {
		Exports.Read export = Exports.read(MdmFormat.INTUNE, bytes("""
				username,DEVICEID,emailaddress,platform,applicationname,SerialNumber
				Ada,6f1c-a1,ada@example.org,iOS,TikTok,F2LXK0ABC
				"""));

		assertThat(export.problems()).isEmpty();
		assertThat(export.rows()).containsExactly(
				new MdmRow(2, new DeviceKeys("F2LXK0ABC", null, null, "6f1c-a1", null), Platform.IOS, "TikTok"));
	}

	@Test
	void readsIntuneZipHoldingOneCsv() throws IOException {
		Exports.Read export = Exports.read(MdmFormat.INTUNE, zip("AppInvRawData.csv", INTUNE_CSV));

		assertThat(export.problems()).isEmpty();
		assertThat(export.rows()).extracting(MdmRow::entry).containsExactly("WeChat", "Microsoft Teams", "Notepad");
	}

	@Test
	void refusesAZipWithoutExactlyOneCsv() throws IOException {
		assertThat(Exports.read(MdmFormat.INTUNE, zip("readme.txt", "hello")).problems())
			.containsExactly(new ImportProblem(0, "the ZIP must hold exactly one CSV file, it holds 0"));
		assertThat(Exports.read(MdmFormat.INTUNE, new byte[] { 'P', 'K', 3, 4, 1, 2 }).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("the ZIP"));
	}

	@Test
	void reportsBadIntuneRowsWithTheirLines() {
		Exports.Read export = Exports.read(MdmFormat.INTUNE, bytes("""
				ApplicationName,Platform,DeviceId
				WeChat,Android,6f1c-a1
				,Android,6f1c-a1
				WeChat,Android,
				WeChat,Android
				"""));

		assertThat(export.problems()).extracting(ImportProblem::line).containsExactly(3, 4, 5);
		assertThat(export.problems()).extracting(ImportProblem::message)
			.containsExactly("ApplicationName is blank", "DeviceId is blank (the row names no device)",
					"the row has 2 fields, the header has 3");
	}

	@Test
	void refusesIntuneWithoutItsRequiredColumns() {
		assertThat(Exports.read(MdmFormat.INTUNE, bytes("\uFEFFAppName,Device\nWeChat,1\n")).problems())
			.containsExactly(new ImportProblem(1,
					"the header lacks the columns ApplicationName, DeviceId (it has AppName, Device)"));
	}

	@Test
	void readsJamfProApiInventory() {
		Exports.Read export = Exports.read(MdmFormat.JAMF, bytes("""
				{"totalCount": 1, "results": [
				  {"mobileDeviceId": "12", "deviceType": "iOS",
				   "hardware": {"serialNumber": "F2LXK0ABC"},
				   "general": {"udid": "00008110-000A"},
				   "applications": [
				     {"identifier": "com.tencent.xin", "name": "WeChat", "version": "8.0.50"},
				     {"identifier": "com.apple.Keynote", "name": "Keynote", "version": "14.1"}
				   ]}
				]}
				"""));

		assertThat(export.problems()).isEmpty();
		DeviceKeys keys = new DeviceKeys("F2LXK0ABC", null, "00008110-000A", "12", null);
		assertThat(export.rows()).containsExactly(new MdmRow(6, keys, Platform.IOS, "com.tencent.xin"),
				new MdmRow(7, keys, Platform.IOS, "com.apple.Keynote"));
	}

	@Test
	void readsJamfClassicApiDevice() {
		Exports.Read export = Exports.read(MdmFormat.JAMF, bytes("""
				{"mobile_device": {
				  "general": {"id": 7, "serial_number": "DX3ABC", "udid": "u-7"},
				  "network": {"imei": "35 209900 176148 1"},
				  "applications": [{"application_name": "TikTok", "identifier": "com.zhiliaoapp.musically"}]
				}}
				"""));

		assertThat(export.problems()).isEmpty();
		assertThat(export.rows())
			.containsExactly(new MdmRow(4, new DeviceKeys("DX3ABC", "35 209900 176148 1", "u-7", "7", null),
					Platform.IOS, "com.zhiliaoapp.musically"));
	}

	@Test
	void reportsBadJamfDevicesAndApplicationsByLine() {
		Exports.Read export = Exports.read(MdmFormat.JAMF, bytes("""
				[
				  {"name": "no ids", "applications": []},
				  {"id": "3"},
				  {"id": "4", "applications": [
				    {"name": "WeChat", "version": "8"},
				    {"identifier": "com.tencent.xin"}
				  ]}
				]
				"""));

		assertThat(export.problems()).extracting(ImportProblem::line).containsExactly(2, 3, 5);
		assertThat(export.problems()).extracting(ImportProblem::message)
			.containsExactly("the mobile device has no serialNumber, imei, udid or id",
					"the mobile device has no applications array", "application identifier is blank");
		assertThat(export.rows()).extracting(MdmRow::entry).containsExactly("com.tencent.xin");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
