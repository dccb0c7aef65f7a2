package org.cloakroom.kiosk.enrolment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

class InventoryImportIT extends EnrolmentModuleSupport {

	private static final Instant T0 = Instant.parse(START);

	private static final String GENERIC_CSV = """
			device,platform,app_id
			r58n91abc,ANDROID,com.tencent.mm
			R58N91ABC,ANDROID,com.whatsapp
			356938035643809,IOS,com.tencent.xin
			UNKNOWN-1,IOS,com.tencent.xin
			UNKNOWN-1,IOS,com.apple.Keynote
			""";

	@Autowired
	Enrolment enrolment;

	@Autowired
	InventoryImport imports;

	@Autowired
	PhoneRegistry registry;

	private EmployeeRef ada;

	private PhoneRef pixel;

	private PhoneRef iphone;

	@BeforeEach
	void twoPhones() {
		this.ada = this.enrolment.enrolEmployee("Ada Lovelace", "B-1001", "2468", "admin");
		this.pixel = this.enrolment.enrolPhone(this.ada.id(), "Pixel", Platform.ANDROID,
				new DeviceIds("R58N91ABC", null, null, "6f1c-a1"), "admin");
		this.iphone = this.enrolment.enrolPhone(this.ada.id(), "iPhone", Platform.IOS,
				new DeviceIds(null, "356938035643809", "00008110-000A", "j-12"), "admin");
	}

	@Test
	void importsGenericCsvPerPhoneAndReportsDevicesNobodyEnrolled(PublishedEvents events) throws Exception {
		InventoryImportResult result = this.imports.importFile(MdmFormat.GENERIC_CSV, "acme-mdm", csv(GENERIC_CSV),
				"admin");

		assertThat(result.mdm()).isEqualTo("acme-mdm");
		assertThat(result.rows()).isEqualTo(5);
		assertThat(result.inventories()).extracting(InventoryImportResult.Recorded::phoneId)
			.containsExactly(this.pixel.id(), this.iphone.id());
		assertThat(result.unmatched())
			.containsExactly(new InventoryImportResult.Unmatched("device UNKNOWN-1", 2, List.of(5, 6)));
		assertThat(result.unmatchedRows()).isEqualTo(2);
		assertThat(result.note()).contains("not an error").contains("never that it is absent");
		AppInventory pixelApps = this.registry.currentInventory(this.pixel.id()).orElseThrow();
		assertThat(pixelApps.source()).isEqualTo(InventorySource.MDM);
		assertThat(pixelApps.mdm()).isEqualTo("acme-mdm");
		assertThat(pixelApps.recordedAt()).isEqualTo(T0);
		assertThat(pixelApps.appIds()).containsExactlyInAnyOrder("com.tencent.mm", "com.whatsapp");
		assertThat(pixelApps.provesAbsence()).isFalse();
		assertThat(this.jdbc.queryForList("SELECT mdm FROM app_inventory", String.class)).containsOnly("acme-mdm");
		assertThat(events.ofType(InventoryRecorded.class)).hasSize(2);
		assertThat(events.ofType(InventoriesImported.class)).singleElement().satisfies((imported) -> {
			assertThat(imported.rows()).isEqualTo(5);
			assertThat(imported.inventories()).isEqualTo(2);
			assertThat(imported.unmatchedRows()).isEqualTo(2);
			assertThat(imported.fileBytes()).isEqualTo(GENERIC_CSV.getBytes(StandardCharsets.UTF_8).length);
			assertThat(imported.fileSha256()).isEqualTo(sha256(GENERIC_CSV));
		});
	}

	@Test
	void importsIntuneAppsAsDisplayNamesMatchedByTheIntuneDeviceIdNeverByEmail() {
		this.enrolment.enrolPhone(this.ada.id(), "Old Pixel", Platform.ANDROID, DeviceIds.NONE, "admin");

		InventoryImportResult result = this.imports.importFile(MdmFormat.INTUNE, null,
				csv("""
						\uFEFFApplicationName,ApplicationPublisher,ApplicationVersion,Platform,DeviceId,DeviceName,EmailAddress,UserName
						WeChat,Tencent,8.0.47,Android,6f1c-a1,Pixel,ada@example.org,Ada Lovelace
						TikTok,TikTok Pte. Ltd.,33.1,Android,ffff-00,Other,ada@example.org,Ada Lovelace
						"""),
				"admin");

		assertThat(result.mdm()).isEqualTo("intune");
		assertThat(result.unmatched()).extracting(InventoryImportResult.Unmatched::device)
			.containsExactly("MDM id ffff-00");
		AppInventory apps = this.registry.currentInventory(this.pixel.id()).orElseThrow();
		assertThat(apps.appIds()).isEmpty();
		assertThat(apps.appNames()).containsExactly("WeChat");
		assertThat(this.jdbc.queryForMap("SELECT app_id, display_name FROM app_inventory_item"))
			.isEqualTo(Map.of("APP_ID", "WeChat", "DISPLAY_NAME", true));
		assertThat(result.note()).contains("display names");
	}

	@Test
	void importsJamfBundleIds() {
		InventoryImportResult result = this.imports.importFile(MdmFormat.JAMF, null, csv("""
				{"results": [{"mobileDeviceId": "j-12", "applications": [
				  {"identifier": "com.tencent.xin", "name": "WeChat", "version": "8.0.50"}]}]}
				"""), "admin");

		assertThat(result.inventories()).extracting(InventoryImportResult.Recorded::phoneId)
			.containsExactly(this.iphone.id());
		assertThat(this.registry.currentInventory(this.iphone.id()).orElseThrow().appIds())
			.containsExactly("com.tencent.xin");
		assertThat(this.registry.currentInventory(this.iphone.id()).orElseThrow().mdm()).isEqualTo("jamf");
	}

	@Test
	void matchesBySerialThenImeiThenUdidThenMdmId() {
		PhoneRef a = this.enrolment.enrolPhone(this.ada.id(), "A", Platform.IOS, new DeviceIds("K1", "K2", "K3", "K4"),
				"admin");
		PhoneRef b = this.enrolment.enrolPhone(this.ada.id(), "B", Platform.IOS, new DeviceIds("K2", "K3", "K4", "K1"),
				"admin");
		PhoneRef c = this.enrolment.enrolPhone(this.ada.id(), "C", Platform.IOS, new DeviceIds("S-C", "K4", "K1", "K2"),
				"admin");
		PhoneRef d = this.enrolment.enrolPhone(this.ada.id(), "D", Platform.IOS,
				new DeviceIds("S-D", "I-D", "K2", "K3"), "admin");

		// K1 is A's serial, C's UDID and B's MDM id: the serial decides. K4 is C's IMEI
		// and A's MDM id: the IMEI decides. UDID K1 (C) beats MDM id K3 (D); IMEI I-D (D)
		// beats MDM id K4 (A).
		this.imports.importFile(MdmFormat.GENERIC_JSON, null, csv("""
				{"devices": [
				  {"device": "K1", "platform": "IOS", "appIds": ["app.k1"]},
				  {"device": "K4", "platform": "IOS", "appIds": ["app.k4"]},
				  {"udid": "K1", "mdmId": "K3", "platform": "IOS", "appIds": ["app.udid"]},
				  {"serial": "nobody", "imei": "I-D", "mdmId": "K4", "platform": "IOS", "appIds": ["app.imei"]}
				]}
				"""), "admin");

		assertThat(apps(a)).containsExactly("app.k1");
		assertThat(apps(b)).isEmpty();
		assertThat(apps(c)).containsExactly("app.k4", "app.udid");
		assertThat(apps(d)).containsExactly("app.imei");
	}

	@Test
	void refusesTheWholeImportForAnyBadRowNamingEveryLineAndWritesNothing() {
		this.enrolment.recordInventory(this.pixel.id(), InventorySource.DECLARATION, Set.of("org.example.notes"),
				"admin");
		Map<String, Long> before = counts();

		assertThatExceptionOfType(InventoryImportRejected.class)
			.isThrownBy(() -> this.imports.importFile(MdmFormat.GENERIC_CSV, null, csv("""
					device,platform,app_id
					R58N91ABC,ANDROID,com.tencent.mm
					R58N91ABC,IOS,com.tencent.xin
					356938035643809,IOS,com.tencent.xin
					,IOS,com.tencent.xin
					356938035643809,IOS,not an id
					"""), "admin"))
			.satisfies((ex) -> {
				assertThat(ex.problems()).extracting(ImportProblem::line).containsExactly(3, 5, 6);
				assertThat(ex.problems().get(0).message())
					.isEqualTo("platform IOS of device R58N91ABC does not match phone " + this.pixel.id()
							+ " (Pixel), which is ANDROID");
				assertThat(ex.getMessage()).contains("nothing was written").contains("line 5: device is blank");
			});

		assertThat(counts()).isEqualTo(before);
		assertThat(this.registry.currentInventory(this.pixel.id()).orElseThrow().appIds())
			.containsExactly("org.example.notes");
	}

	@Test
	void theNewestInventoryWinsWhateverItsSource() {
		this.enrolment.declareInventory(this.pixel.id(), Set.of("org.example.notes"), "admin");
		this.clock.advance(Duration.ofHours(1));
		this.imports.importFile(MdmFormat.GENERIC_CSV, null,
				csv("device,platform,app_id\n6f1c-a1,ANDROID,com.tencent.mm\n"), "admin");
		assertThat(this.registry.currentInventoryView(this.pixel.id()).source()).isEqualTo(InventorySource.MDM);

		this.clock.advance(Duration.ofHours(1));
		this.enrolment.declareInventory(this.pixel.id(), Set.of(), "admin");

		InventoryView current = this.registry.currentInventoryView(this.pixel.id());
		assertThat(current.source()).isEqualTo(InventorySource.DECLARATION);
		assertThat(current.appIds()).isEmpty();
		assertThat(current.provesAbsence()).isTrue();
	}

	@Test
	void attestationFallsDueThirtyDaysAfterTheLastDeclarationAndAnMdmListDoesNotAttest() {
		assertThat(this.registry.attestation(this.pixel.id()).overdue()).isTrue();
		this.enrolment.declareInventory(this.pixel.id(), Set.of("com.whatsapp"), "admin");

		this.clock.advance(Duration.ofDays(29));
		this.imports.importFile(MdmFormat.GENERIC_CSV, null,
				csv("device,platform,app_id\n6f1c-a1,ANDROID,com.tencent.mm\n"), "admin");
		InventoryView view = this.registry.currentInventoryView(this.pixel.id());
		assertThat(view.source()).isEqualTo(InventorySource.MDM);
		assertThat(view.attestation().attestedAt()).isEqualTo(T0);
		assertThat(view.attestation().dueAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
		assertThat(view.attestation().overdue()).isFalse();

		this.clock.advance(Duration.ofDays(1));
		assertThat(this.registry.currentInventoryView(this.pixel.id()).attestation().overdue()).isTrue();
	}

	@Test
	void refusesADeviceIdentifierAnotherPhoneHolds() {
		assertRefusal(DuplicateIdentityException.class,
				() -> this.enrolment.enrolPhone(this.ada.id(), "Twin", Platform.ANDROID,
						new DeviceIds("r58n91abc", null, null, null), "admin"))
			.contains("device serial 'r58n91abc'")
			.contains("phone " + this.pixel.id());
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> apps(PhoneRef phone) {
		return this.registry.currentInventory(phone.id())
			.map((inventory) -> inventory.appIds().stream().sorted().toList())
			.orElse(List.of());
	}

	private Map<String, Long> counts() {
		return Map.of("inventories", count("app_inventory"), "items", count("app_inventory_item"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
