package org.cloakroom.kiosk.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrolment through the JSON API: 201s with a Location, errors that name the field and
 * value, IRKs that no response ever carries, and MDM imports that are all or nothing.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:enrolment-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EnrolmentApiIT {

	/** The IRK of the Core Specification's sample data (Vol 3, Part H, D.7). */
	private static final String IRK_HEX = "ec0234a357c8ad05341010a60a397d9b";

	private static final String OTHER_IRK_HEX = "00112233445566778899aabbccddeeff";

	private static final String THIRD_IRK_HEX = "a0b1c2d3e4f5061728394a5b6c7d8e9f";

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@Test
	void enrolsAnEmployeeAPhoneAndIdentitiesEachWith201AndLocation() throws Exception {
		long employee = employee("Edsger Dijkstra", "B-7001");
		this.mvc.perform(get("/api/v1/employees/" + employee).with(SignedIn.admin()))
			.andExpect(jsonPath("$.name").value("Edsger Dijkstra"));

		MvcResult phone = this.mvc.perform(post("/api/v1/employees/" + employee + "/phones")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"label": "Pixel 9", "platform": "android", "serial": "R5CW70XYZ", "imei": "356938035643801"}""")
			.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone.platform").value("ANDROID"))
			.andExpect(jsonPath("$.deviceIds.serial").value("R5CW70XYZ"))
			.andReturn();
		long phoneId = id(phone, "/phone/id");
		assertThat(phone.getResponse().getHeader("Location")).isEqualTo("/api/v1/phones/" + phoneId);

		this.mvc
			.perform(post("/api/v1/phones/" + phoneId + "/identities").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "ibeacon", "uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e", "major": 7, "minor": 1}""")
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/phones/" + phoneId + "/identities/")))
			.andExpect(jsonPath("$.description").value("iBeacon f7826da6-4fa2-4e98-8024-bc5b71e0893e 7/1"));
		identity(phoneId, """
				{"kind": "eddystone-uid", "namespace": "00112233445566778899", "instance": "A1B2C3D4E5F6"}""");
		identity(phoneId, """
				{"kind": "address", "address": "C0:11:22:33:44:56"}""");

		this.mvc.perform(get("/api/v1/phones/" + phoneId + "/identities").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind").value(contains("ibeacon", "eddystone-uid", "address")));
		this.mvc.perform(get("/api/v1/phones/" + phoneId + "/devices").with(SignedIn.admin()))
			.andExpect(jsonPath("$.deviceIds.imei").value("356938035643801"));
	}

	@Test
	void refusesBadEnrolmentInputNamingTheFieldAndValue() throws Exception {
		long employee = employee("Barbara Liskov", "B-7002");
		String phones = "/api/v1/employees/" + employee + "/phones";
		expectBadRequest(phones, """
				{"label": "Nokia", "platform": "SYMBIAN"}""", "platform must be ANDROID or IOS, got 'SYMBIAN'");
		expectBadRequest(phones, """
				{"label": " ", "platform": "IOS"}""", "phone label");
		expectBadRequest("/api/v1/employees", """
				{"name": "X", "badgeId": "B 1", "pin": "1234"}""", "'B 1'");
		long phoneId = phone(employee, "iPhone", "IOS");
		String identities = "/api/v1/phones/" + phoneId + "/identities";
		expectBadRequest(identities, """
				{"kind": "nfc"}""", "kind must be irk, ibeacon, eddystone-uid or address, got 'nfc'");
		expectBadRequest(identities, """
				{"kind": "ibeacon", "uuid": "not-a-uuid", "major": 1, "minor": 2}""",
				"uuid must be a UUID, got 'not-a-uuid'");
		expectBadRequest(identities, """
				{"kind": "ibeacon", "uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e", "major": 70000, "minor": 2}""",
				"major must be 0..65535, got 70000");
		expectBadRequest(identities, """
				{"kind": "eddystone-uid", "namespace": "0011", "instance": "A1B2C3D4E5F6"}""", "'0011'");
		expectBadRequest(identities, """
				{"kind": "address", "address": "C0:11:22"}""", "C0:11:22");
		this.mvc.perform(post("/api/v1/employees/424242/phones").contentType(MediaType.APPLICATION_JSON).content("""
				{"label": "Pixel", "platform": "ANDROID"}""").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("424242")));
	}

	@Test
	void acceptsAnIrkAsHexOrBlueZInfoTextAndRefusesABadKeyWithoutEchoingIt() throws Exception {
		long phoneId = phone(employee("Frances Allen", "B-7003"), "Pixel", "ANDROID");
		String identities = "/api/v1/phones/" + phoneId + "/identities";

		String bad = THIRD_IRK_HEX.substring(0, 31);
		this.mvc
			.perform(post(identities).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("kind", "irk", "key", "[IdentityResolvingKey]\nKey=" + bad)))
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("exactly 32 hex digits")))
			.andExpect(jsonPath("$.detail", not(containsString(bad))));
		this.mvc
			.perform(post(identities).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("kind", "irk", "key",
						"[General]\nName=Pixel\n\n[IdentityResolvingKey]\r\n key = " + THIRD_IRK_HEX.toUpperCase()
								+ "\r\n")))
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("irk"))
			.andExpect(jsonPath("$.description").value("identity resolving key"));
		this.mvc.perform(post(identities).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "irk", "key": "%s"}""".formatted(THIRD_IRK_HEX)).with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", not(containsString(THIRD_IRK_HEX))));
	}

	@Test
	void noGetEndpointOrPageEverReturnsAnIrkAndTheStoredColumnIsNotThePlaintext() throws Exception {
		long employee = employee("Radia Perlman", "B-7004");
		long phoneId = phone(employee, "Pixel", "ANDROID");
		long identityId = id(identity(phoneId, """
				{"kind": "irk", "key": "%s"}""".formatted(IRK_HEX)), "/id");
		identity(phoneId, """
				{"kind": "irk", "key": "[IdentityResolvingKey]\\nKey=%s"}""".formatted(OTHER_IRK_HEX.toUpperCase()));
		long inventoryId = id(declare(phoneId, "[\"com.whatsapp\"]"), "/inventoryId");

		List<String> called = new ArrayList<>();
		for (String path : getPaths()) {
			for (long id : new long[] { phoneId, employee, identityId, inventoryId, 1 }) {
				String uri = path.replaceAll("\\{[^}]+}", Long.toString(id));
				String body = this.mvc.perform(get(uri).with(SignedIn.admin()))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertNoIrk(uri, body);
				called.add(uri);
			}
		}
		assertThat(called).contains("/api/v1/phones/" + phoneId + "/identities", "/api/v1/audit/events",
				"/api/v1/phones/" + phoneId + "/identities/" + identityId, "/kiosk", "/officer");

		List<String> stored = this.jdbc.sql("SELECT stored_value FROM ble_identity WHERE phone_id = ? AND kind = 'irk'")
			.param(phoneId)
			.query(String.class)
			.list();
		assertThat(stored).hasSize(2).allSatisfy((value) -> assertNoIrk("ble_identity.stored_value", value));
	}

	@Test
	void recordsADeclarationAndSaysWhenAttestationIsOverdue() throws Exception {
		long phoneId = phone(employee("Hedy Lamarr", "B-7005"), "iPhone", "IOS");
		this.mvc.perform(get("/api/v1/phones/" + phoneId + "/inventories/current").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString(Long.toString(phoneId))));

		MvcResult declared = declare(phoneId, "[\"com.tencent.xin\", \"net.whatsapp.WhatsApp\"]");
		long inventoryId = id(declared, "/inventoryId");
		assertThat(declared.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/phones/" + phoneId + "/inventories/" + inventoryId);

		this.mvc.perform(get("/api/v1/phones/" + phoneId + "/inventories/current").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inventoryId").value(inventoryId))
			.andExpect(jsonPath("$.source").value("DECLARATION"))
			.andExpect(jsonPath("$.recordedAt").value(this.clock.instant().toString()))
			.andExpect(jsonPath("$.appIds").value(contains("com.tencent.xin", "net.whatsapp.WhatsApp")))
			.andExpect(jsonPath("$.provesAbsence").value(true))
			.andExpect(jsonPath("$.attestation.overdue").value(false));

		this.clock.advance(Duration.ofDays(30));
		this.mvc.perform(get("/api/v1/phones/" + phoneId + "/inventories/current").with(SignedIn.admin()))
			.andExpect(jsonPath("$.attestation.overdue").value(true));
		this.mvc.perform(get("/api/v1/phones/" + phoneId + "/attestation").with(SignedIn.admin()))
			.andExpect(jsonPath("$.overdue").value(true));
		expectBadRequest("/api/v1/phones/" + phoneId + "/declarations", """
				{"appIds": ["com.ok", " "]}""", "app id");
	}

	@Test
	void importsAnIntuneZipWithAByteOrderMarkAndPushesGenericJson() throws Exception {
		long employee = employee("Margaret Hamilton", "B-7006");
		long pixel = phone(employee, "Pixel", "ANDROID", "\"mdmId\": \"a1b2c3d4-0000-4000-8000-000000000001\"");
		long iphone = phone(employee, "iPhone", "IOS", "\"udid\": \"00008110-000A7D1234\"");
		String csv = "\uFEFFApplicationName,ApplicationPublisher,ApplicationVersion,Platform,DeviceId,DeviceName,"
				+ "EmailAddress,UserName\r\nWeChat,Tencent,8.0.47,Android,a1b2c3d4-0000-4000-8000-000000000001,Pixel,"
				+ "margaret@example.org,Margaret Hamilton\r\nWeChat,Tencent,8.0.47,Android,not-enrolled,Other,"
				+ "margaret@example.org,Margaret Hamilton\r\n";

		this.mvc
			.perform(post("/api/v1/mdm/imports?format=intune").contentType("application/zip")
				.content(zip(csv))
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mdm").value("intune"))
			.andExpect(jsonPath("$.inventories[0].phoneId").value(pixel))
			.andExpect(jsonPath("$.unmatched[0].device").value("MDM id not-enrolled"))
			.andExpect(jsonPath("$.unmatched[0].lines[0]").value(3));
		this.mvc.perform(get("/api/v1/phones/" + pixel + "/inventories/current").with(SignedIn.admin()))
			.andExpect(jsonPath("$.source").value("MDM"))
			.andExpect(jsonPath("$.mdm").value("intune"))
			.andExpect(jsonPath("$.appNames[0]").value("WeChat"))
			.andExpect(jsonPath("$.provesAbsence").value(false));

		this.mvc.perform(post("/api/v1/mdm/inventories?mdm=workspace-one").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"devices": [{"udid": "00008110-000A7D1234", "platform": "IOS", "appIds": ["com.tencent.xin"]}]}""")
			.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inventories[0].phoneId").value(iphone));
		this.mvc.perform(get("/api/v1/phones/" + iphone + "/inventories/current").with(SignedIn.admin()))
			.andExpect(jsonPath("$.mdm").value("workspace-one"))
			.andExpect(jsonPath("$.appIds[0]").value("com.tencent.xin"));
	}

	@Test
	void refusesABadImportWithEveryLineAndWritesNothing() throws Exception {
		long phoneId = phone(employee("Annie Easley", "B-7007"), "Pixel", "ANDROID", "\"serial\": \"SER-7007\"");
		long inventories = count("app_inventory");
		long items = count("app_inventory_item");
		long audit = count("audit_event");

		this.mvc.perform(post("/api/v1/mdm/imports?format=generic-csv").contentType("text/csv").content("""
				device,platform,app_id
				SER-7007,ANDROID,com.tencent.mm
				SER-7007,ANDROID,
				SER-7007,ANDROID,com.bad id
				SER-7007,IOS,com.tencent.xin
				""").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[*].line").value(contains(4, 5)))
			.andExpect(jsonPath("$.problems[1].message", containsString("phone " + phoneId)))
			.andExpect(jsonPath("$.detail", containsString("nothing was written")));
		this.mvc.perform(
				post("/api/v1/mdm/imports?format=excel").contentType("text/csv").content("x").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("'excel'")));

		assertThat(count("app_inventory")).isEqualTo(inventories);
		assertThat(count("app_inventory_item")).isEqualTo(items);
		assertThat(count("audit_event")).isEqualTo(audit);
	}

	@Test
	void refusesASerialThatAnotherPhoneHolds() throws Exception {
		long employee = employee("Mary Jackson", "B-7008");
		phone(employee, "Pixel", "ANDROID", "\"serial\": \"SER-7008\"");
		this.mvc.perform(
				post("/api/v1/employees/" + employee + "/phones").contentType(MediaType.APPLICATION_JSON).content("""
						{"label": "Twin", "platform": "ANDROID", "serial": "SER-7008"}""").with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("serial 'SER-7008'")));
	}

	private void assertNoIrk(String where, String body) {
		for (String hex : new String[] { IRK_HEX, OTHER_IRK_HEX, THIRD_IRK_HEX }) {
			byte[] key = HexFormat.of().parseHex(hex);
			assertThat(body).as(where)
				.doesNotContainIgnoringCase(hex)
				.doesNotContain(Base64.getEncoder().encodeToString(key))
				.doesNotContain(new String(key, StandardCharsets.ISO_8859_1));
		}
	}

	/**
	 * Every GET path the OpenAPI description lists, and the pages, but not live streams.
	 */
	private List<String> getPaths() throws Exception {
		JsonNode docs = JSON.readTree(this.mvc.perform(get("/v3/api-docs").with(SignedIn.auditor()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> paths = new ArrayList<>(
				List.of("/", "/kiosk", "/officer", "/kiosk/simulation", "/actuator/health"));
		for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
			if (path.getValue().has("get") && !path.getKey().endsWith("/stream")) {
				paths.add(path.getKey());
			}
		}
		return paths;
	}

	private long employee(String name, String badge) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/employees").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("name", name, "badgeId", badge, "pin", "2468")))
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/employees/")))
			.andExpect(jsonPath("$.badgeId").value(badge))
			.andExpect(jsonPath("$.pin").doesNotExist())
			.andReturn();
		long id = id(result, "/id");
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/employees/" + id);
		return id;
	}

	private long phone(long employee, String label, String platform, String... deviceFields) throws Exception {
		String devices = (deviceFields.length == 0) ? "" : ", " + String.join(", ", deviceFields);
		return id(this.mvc
			.perform(post("/api/v1/employees/" + employee + "/phones").contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\": \"" + label + "\", \"platform\": \"" + platform + "\"" + devices + "}")
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andReturn(), "/phone/id");
	}

	private MvcResult identity(long phoneId, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/phones/" + phoneId + "/identities").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/identities/")))
			.andReturn();
	}

	private MvcResult declare(long phoneId, String appIds) throws Exception {
		return this.mvc
			.perform(post("/api/v1/phones/" + phoneId + "/declarations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"appIds\": " + appIds + "}")
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/phones/" + phoneId + "/inventories/")))
			.andReturn();
	}

	private void expectBadRequest(String uri, String body, String detail) throws Exception {
		this.mvc.perform(post(uri).contentType(MediaType.APPLICATION_JSON).content(body).with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString(detail)));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static long id(MvcResult result, String pointer) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString()).at(pointer).asLong();
	}

	private static byte[] zip(String csv) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("AppInvRawData.csv"));
			zip.write(csv.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
