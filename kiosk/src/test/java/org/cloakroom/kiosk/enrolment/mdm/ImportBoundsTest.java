package org.cloakroom.kiosk.enrolment.mdm;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.enrolment.ImportProblem;
import org.cloakroom.kiosk.enrolment.MdmFormat;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps a hostile or clumsy file from exhausting the kiosk's heap: ZIP entries
 * capped as they inflate, rows and problems capped, strings and devices bounded, and
 * bytes that are not UTF-8 refused where they are.
 */
class ImportBoundsTest {

	@Test
	void refusesAZipBombAfterInflatingOnlyItsFirstMegabytes() throws IOException {
		byte[] bomb = zipOfZeros("AppInvRawData.csv", 256L << 20);
		Counting compressed = new Counting(bomb);

		ParsedExport export = new ParsedExport(Exports.DEFAULTS);
		MdmFiles.read(MdmFormat.INTUNE, compressed, export);

		assertThat(export.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isZero();
			assertThat(problem.message()).startsWith("AppInvRawData.csv expands more than 100 times")
				.endsWith("refused as a ZIP bomb (cloakroom.imports.zip-max-ratio)");
		});
		// refused after ~1 MiB inflated: the rest of the 256 MiB was never inflated
		assertThat(compressed.readBeforeRefusal).isLessThan(64 * 1024);
		assertThat(bomb.length).isGreaterThan(200 * 1024);
	}

	@Test
	void refusesAZipWhoseCsvExpandsPastItsSizeLimit() throws IOException {
		Random random = new Random(7);
		StringBuilder noise = new StringBuilder("ApplicationName,DeviceId\n");
		while (noise.length() < (3 << 20)) {
			for (int i = 0; i < 30; i++) {
				noise.append((char) ('a' + random.nextInt(26)));
			}
			noise.append(",d\n");
		}
		ImportLimits limits = new ImportLimits(DataSize.ofMegabytes(4), DataSize.ofMegabytes(32),
				DataSize.ofMegabytes(1), 1_000_000, 100, DataSize.ofMegabytes(2), 100, DataSize.ofMegabytes(8));

		Exports.Read read = Exports.read(MdmFormat.INTUNE, zip("apps.csv", bytes(noise.toString())), limits);

		assertThat(read.problems()).extracting(ImportProblem::message)
			.containsExactly(
					"apps.csv expands past 2,097,152 bytes, the most a ZIP's CSV may hold (cloakroom.imports.zip-max-size)");
	}

	@Test
	void capsEveryEntryOfAZipNotOnlyTheCsv() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("apps.csv"));
			zip.write(VendorFormatsTest.INTUNE_CSV.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("padding.bin"));
			zip.write(new byte[64 << 20]);
		}

		assertThat(Exports.read(MdmFormat.INTUNE, bytes.toByteArray()).problems()).extracting(ImportProblem::message)
			.singleElement()
			.satisfies((message) -> assertThat(message).startsWith("padding.bin expands more than 100 times"));
	}

	@Test
	void aDamagedZipSaysWhatIsWrongNeverNull() throws IOException {
		byte[] zip = zip("apps.csv", VendorFormatsTest.INTUNE_CSV.getBytes(StandardCharsets.UTF_8));
		byte[] damaged = java.util.Arrays.copyOf(zip, 60);
		damaged[40] ^= 0x55;

		assertThat(Exports.read(MdmFormat.INTUNE, damaged).problems()).extracting(ImportProblem::message)
			.singleElement()
			.satisfies((message) -> assertThat(message).startsWith("the ZIP cannot be read")
				.endsWith("it is damaged or not a ZIP file")
				.doesNotContain("null"));
	}

	@Test
	void aZipEntryNameThatIsNotUtf8IsRefusedSayingSo() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
			zip.putNextEntry(new ZipEntry("caf\u00e9.csv"));
			zip.write(VendorFormatsTest.INTUNE_CSV.getBytes(StandardCharsets.UTF_8));
		}

		assertThat(Exports.read(MdmFormat.INTUNE, bytes.toByteArray()).problems())
			.containsExactly(new ImportProblem(0, "the ZIP cannot be read: an entry's name is not UTF-8"));
	}

	@Test
	void stopsAtTheRowLimitWithAProblemNamingIt() {
		StringBuilder csv = new StringBuilder("device,platform,app_id\n");
		for (int i = 0; i < 50; i++) {
			csv.append("D").append(i).append(",IOS,com.example.a\n");
		}

		Exports.Read read = Exports.read(MdmFormat.GENERIC_CSV, bytes(csv.toString()), Exports.limits(10, 100));

		assertThat(read.rows()).hasSize(10);
		assertThat(read.problems()).containsExactly(new ImportProblem(12,
				"the file holds more than 10 rows, the most one import takes (cloakroom.imports.max-rows)"));
	}

	@Test
	void keepsTheFirstProblemsAndCountsTheRest() {
		StringBuilder csv = new StringBuilder("device,platform,app_id\n");
		for (int i = 0; i < 1_000; i++) {
			csv.append("D").append(i).append(",PALM,com.example.a\n");
		}

		Exports.Read read = Exports.read(MdmFormat.GENERIC_CSV, bytes(csv.toString()), Exports.limits(10_000, 25));

		assertThat(read.problems()).hasSize(25);
		assertThat(read.problems().get(0).line()).isEqualTo(2);
		assertThat(read.export().moreProblems()).isEqualTo(975);
	}

	@Test
	void refusesBytesThatAreNotUtf8InEveryFormatWithLineAndOffset() throws IOException {
		byte[] csv = "device,platform,app_id\nD1,IOS,com.a\nD\u00e9,IOS,com.b\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] json = "{\"devices\": [\n {\"device\": \"D\u00e9\", \"platform\": \"IOS\", \"appIds\": []}]}"
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThat(Exports.read(MdmFormat.GENERIC_CSV, csv).problems())
			.containsExactly(new ImportProblem(3, "byte 37 (0xE9) is not UTF-8; save the file as UTF-8"));
		assertThat(Exports.read(MdmFormat.INTUNE, zip("apps.csv", intuneLatin1())).problems())
			.containsExactly(new ImportProblem(2, "byte 28 (0xE9) is not UTF-8; save the file as UTF-8"));
		assertThat(Exports.read(MdmFormat.GENERIC_JSON, json).problems())
			.containsExactly(new ImportProblem(2, "byte 28 (0xE9) is not UTF-8; save the file as UTF-8"));
		assertThat(Exports.read(MdmFormat.JAMF, json).problems()).extracting(ImportProblem::line).containsExactly(2);
	}

	@Test
	void refusesAJsonDeviceWithMoreValuesThanAnyPhoneHas() {
		StringBuilder json = new StringBuilder("[{\"serial\": \"S1\", \"platform\": \"IOS\", \"appIds\": [");
		for (int i = 0; i < LocatedJson.MAX_VALUES; i++) {
			json.append((i == 0) ? "" : ",").append("\"a").append(i).append('"');
		}
		json.append("]}]");

		assertThat(Exports.read(MdmFormat.GENERIC_JSON, bytes(json.toString())).problems())
			.containsExactly(new ImportProblem(1, "one device holds more than 100,000 values"));
	}

	@Test
	void refusesAJsonStringLongerThanAnyIdOrName() {
		String json = "[{\"serial\": \"" + "S".repeat(200_000) + "\", \"platform\": \"IOS\", \"appIds\": []}]";

		assertThat(Exports.read(MdmFormat.GENERIC_JSON, bytes(json)).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("not valid JSON")
				.contains("String value length"));
	}

	@Test
	void streamsDevicesOneByOneInTheOrderOfTheFile() {
		List<String> seen = new ArrayList<>();
		ParsedExport export = new ParsedExport(Exports.DEFAULTS)
			.rowsTo((row) -> seen.add(row.device().describe() + " " + row.line()));

		MdmFiles.read(MdmFormat.JAMF, new java.io.ByteArrayInputStream(bytes("""
				{"results": [
				  {"id": "1", "applications": [{"identifier": "com.a"}]},
				  {"id": "2", "applications": [{"identifier": "com.b"}]}
				]}
				""")), export);

		assertThat(seen).containsExactly("MDM id 1 2", "MDM id 2 3");
		assertThat(export.rowCount()).isEqualTo(2);
	}

	private static byte[] intuneLatin1() {
		return "ApplicationName,DeviceId\nCaf\u00e9 Chat,6f1c-a1\n".getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
		}
		return bytes.toByteArray();
	}

	/**
	 * A ZIP holding {@code size} zero bytes under {@code name}, written a block at a
	 * time.
	 */
	static byte[] zipOfZeros(String name, long size) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry(name));
			byte[] block = new byte[1 << 20];
			for (long written = 0; written < size; written += block.length) {
				zip.write(block);
			}
		}
		return bytes.toByteArray();
	}

	/** Counts the bytes taken from a file until the reader stops taking them. */
	private static final class Counting extends FilterInputStream {

		private long readBeforeRefusal;

		Counting(byte[] bytes) {
			super(new java.io.ByteArrayInputStream(bytes));
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			this.readBeforeRefusal += (b >= 0) ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] bytes, int from, int length) throws IOException {
			int n = super.read(bytes, from, length);
			this.readBeforeRefusal += Math.max(n, 0);
			return n;
		}

	}

}
