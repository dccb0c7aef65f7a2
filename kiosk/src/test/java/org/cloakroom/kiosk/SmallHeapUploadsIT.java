package org.cloakroom.kiosk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk as the Pi runs it ({@code -Xmx256m}, serial GC), started in a JVM of its own
 * over a file database, fed the uploads that used to exhaust its heap: an Intune ZIP that
 * expands to 1 GiB of zeros, a 30 MB generic CSV, and 30 MB sent to the catalogue with
 * and without a length, as a body and as a multipart upload. Each is a clean 413 or 400,
 * nothing is written, the kiosk answers other requests while it reads, and no
 * {@link OutOfMemoryError} appears in its output. The child ends with the test.
 */
class SmallHeapUploadsIT {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final int THIRTY_MB = 30 << 20;

	private static ForkedKiosk kiosk;

	private static Path log;

	private static URI base;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void startTheKioskWithTheHeapOfThePi(@TempDir Path dir) throws IOException {
		kiosk = ForkedKiosk.start(dir, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0",
				"--cloakroom.scheduling.enabled=false");
		base = kiosk.base();
		log = kiosk.log();
	}

	@AfterAll
	static void stopTheKiosk() throws InterruptedException {
		if (kiosk != null) {
			kiosk.close();
		}
	}

	@Test
	void refusesEachOversizedUploadCleanlyWritesNothingAndStaysResponsive() throws Exception {
		long audited = auditEntries();
		int entries = catalogueEntries();

		HttpResponse<String> bomb = post("/api/v1/mdm/imports?format=intune", "application/zip",
				BodyPublishers.ofByteArray(zipOfZeros(1L << 30)));
		assertThat(bomb.statusCode()).isEqualTo(400);
		assertThat(json(bomb).at("/problems/0/message").asString()).contains("refused as a ZIP bomb");

		byte[] csv = mdmCsvEndingInABadRow();
		CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(
				request("/api/v1/mdm/imports?format=generic-csv", "text/csv", BodyPublishers.ofByteArray(csv)),
				BodyHandlers.ofString());
		List<Long> answeredDuringUpload = answerTimesWhile(upload);
		HttpResponse<String> big = upload.get(5, TimeUnit.MINUTES);
		assertThat(big.statusCode()).as(big.body()).isEqualTo(400);
		assertThat(json(big).at("/problems/0/message").asString()).isEqualTo("device is blank");
		assertThat(answeredDuringUpload).as("GET /api/v1/lockers answered while the 30 MB file was read")
			.isNotEmpty()
			.allSatisfy((millis) -> assertThat(millis).isLessThan(5_000));

		byte[] catalogue = catalogueCsv();
		HttpResponse<String> declared = post("/api/v1/catalogue/import", "text/csv",
				BodyPublishers.ofByteArray(catalogue));
		assertTooLarge(declared, "cloakroom.imports.catalogue-max-size");
		HttpResponse<String> chunked = post("/api/v1/catalogue/import", "text/csv",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(catalogue)));
		assertTooLarge(chunked, "cloakroom.imports.catalogue-max-size");
		HttpResponse<String> multipart = post("/api/v1/catalogue/import", "multipart/form-data; boundary=XyZ",
				BodyPublishers.ofInputStream(() -> multipart("XyZ", catalogue)));
		assertTooLarge(multipart, "cloakroom.imports.catalogue-max-size");
		HttpResponse<String> noBoundary = post("/api/v1/catalogue/import", "multipart/form-data",
				BodyPublishers.ofString("--x\r\n\r\n"));
		assertThat(noBoundary.statusCode()).isEqualTo(400);
		assertThat(json(noBoundary).at("/detail").asString()).contains("multipart/form-data body cannot be read");

		assertThat(auditEntries()).isEqualTo(audited);
		assertThat(catalogueEntries()).isEqualTo(entries);
		assertThat(kiosk.healthUp()).isTrue();
		assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
	}

	@Test
	void anAcceptedImportOverTheWireIsAuditedWithTheDigestOfTheFileSent() throws Exception {
		String csv = "id,name,publisher,severity,reason,aliasOf,identifiers,sources\n"
				+ "wire-app,Wire App,P,WARN,it is a test,,android:org.wire,2024-05-01;A report;https://example.org/r\n";

		HttpResponse<String> imported = post("/api/v1/catalogue/import", "text/csv", BodyPublishers.ofString(csv));

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode event = get("/api/v1/audit/events?subject=flagged-app-catalogue&limit=1").get(0);
		assertThat(event.at("/type").asString()).isEqualTo("FlaggedAppsImported");
		JsonNode details = JSON.readTree(event.at("/details").asString());
		assertThat(details.at("/fileSha256").asString()).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(details.at("/fileBytes").asLong()).isEqualTo(csv.length());

		HttpResponse<String> mdm = post("/api/v1/mdm/imports?format=generic-json", "application/json", BodyPublishers
			.ofString("{\"devices\": [{\"serial\": \"NOBODY\", \"platform\": \"IOS\", \"appIds\": []}]}"));
		assertThat(mdm.statusCode()).as(mdm.body()).isEqualTo(200);
		assertThat(json(mdm).at("/unmatchedRows").asLong()).isEqualTo(1);
	}

	/**
	 * How long each GET of the lockers took, for those answered before the upload was.
	 */
	private static List<Long> answerTimesWhile(CompletableFuture<?> upload) throws Exception {
		List<Long> answered = new ArrayList<>();
		while (!upload.isDone()) {
			long start = System.nanoTime();
			HttpResponse<String> lockers = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/lockers"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", SignedIn.adminBasic())
				.build(), BodyHandlers.ofString());
			assertThat(lockers.statusCode()).isEqualTo(200);
			if (!upload.isDone()) {
				answered.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			}
		}
		return answered;
	}

	private static void assertTooLarge(HttpResponse<String> response, String property) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.at("/property").asString()).isEqualTo(property);
		assertThat(problem.at("/detail").asString()).contains("4 MB");
	}

	/** About 30 MB of rows of devices nobody enrolled, then one row with no device. */
	private static byte[] mdmCsvEndingInABadRow() {
		StringBuilder csv = new StringBuilder(THIRTY_MB + 100).append("device,platform,app_id\n");
		for (int i = 0; csv.length() < THIRTY_MB; i++) {
			csv.append("UNENROLLED-").append(i).append(",ANDROID,com.example.app").append(i % 977).append('\n');
		}
		csv.append(",ANDROID,com.example.last\n");
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] catalogueCsv() {
		StringBuilder csv = new StringBuilder(THIRTY_MB + 300)
			.append("id,name,publisher,severity,reason,aliasOf,identifiers,sources\n");
		for (int i = 0; csv.length() < THIRTY_MB; i++) {
			csv.append("app-")
				.append(i)
				.append(",App ")
				.append(i)
				.append(",P,WARN,it is a test,,android:org.app")
				.append(i)
				.append(",2024-05-01;A test report;https://example.org/report\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static SequenceInputStream multipart(String boundary, byte[] file) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		return new SequenceInputStream(
				new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(file)),
				new ByteArrayInputStream(tail));
	}

	/** An Intune export in name: one CSV that is {@code size} zero bytes. */
	private static byte[] zipOfZeros(long size) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("AppInvRawData.csv"));
			byte[] block = new byte[1 << 20];
			for (long written = 0; written < size; written += block.length) {
				zip.write(block);
			}
		}
		return bytes.toByteArray();
	}

	private static HttpResponse<String> post(String path, String type, BodyPublisher body) throws Exception {
		return HTTP.send(request(path, type, body), BodyHandlers.ofString());
	}

	private static HttpRequest request(String path, String type, BodyPublisher body) {
		return HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", type)
			.header("Authorization", SignedIn.adminBasic())
			.POST(body)
			.build();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", SignedIn.adminBasic())
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return json(response);
	}

	private static long auditEntries() throws Exception {
		return get("/api/v1/audit/verification").at("/entriesChecked").asLong();
	}

	private static int catalogueEntries() throws Exception {
		return get("/api/v1/catalogue/entries?includeRetired=true").size();
	}

}
