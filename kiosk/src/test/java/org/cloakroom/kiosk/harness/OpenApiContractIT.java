package org.cloakroom.kiosk.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Collections;
import org.cloakroom.kiosk.checkin.CollectionView;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.harness.ApiDocument.ApiOperation;
import org.cloakroom.kiosk.locker.SimulatedDoors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The OpenAPI document matches what each endpoint returns": every GET operation of the
 * document is called over real HTTP with ids that exist (the demo cast, a checkIn at the
 * door, a stored phone being collected, an exemption) and must answer 200 with a body
 * that matches its schema.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1")
class OpenApiContractIT {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	/** Query parameters a GET needs, by operation. */
	private static final Map<String, List<String>> QUERIES = Map.of("/api/v1/policy/checklist",
			List.of("?platform=ANDROID", "?platform=IOS"), "/api/v1/catalogue/export",
			List.of("?format=json", "?format=csv"), "/api/v1/catalogue/entries", List.of("", "?includeRetired=true"));

	@LocalServerPort
	private int port;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyGetAnswersWhatTheDocumentSaysForRealIds() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI base = URI.create("http://localhost:" + this.port);
		Map<String, String> ids = realIds(http, base);
		ApiDocument document = ApiDocument.fetch(http, base);
		List<ApiOperation> gets = document.operations()
			.stream()
			.filter((operation) -> operation.method().equals("GET"))
			.filter(OpenApiContractIT::answersOnce)
			.toList();
		assertThat(gets).as("GET operations in /v3/api-docs").hasSizeGreaterThan(20);
		List<String> mismatches = new ArrayList<>();
		for (ApiOperation operation : gets) {
			for (String query : QUERIES.getOrDefault(operation.template(), List.of(""))) {
				String path = withIds(operation.template(), ids) + query;
				ApiRequest request = ApiRequest.get(operation.template(), path);
				HttpResponse<byte[]> response = http.send(request.toHttp(base, Duration.ofSeconds(10)),
						HttpResponse.BodyHandlers.ofByteArray());
				List<String> problems = new ArrayList<>(document.problems(request, response));
				if (response.statusCode() != 200) {
					problems.add(0, "answered " + response.statusCode() + ", not 200: "
							+ new String(response.body(), StandardCharsets.UTF_8));
				}
				problems.forEach((problem) -> mismatches.add("GET " + path + ": " + problem));
			}
		}
		assertThat(mismatches).as("answers that differ from /v3/api-docs").isEmpty();
	}

	/**
	 * Server-sent event streams stay open: the live-update tests read them (as
	 * {@code ApiFuzzIT} leaves them).
	 */
	private static boolean answersOnce(ApiOperation operation) {
		return operation.operation().getResponses() == null || operation.operation()
			.getResponses()
			.values()
			.stream()
			.noneMatch((response) -> response.getContent() != null
					&& response.getContent().containsKey("text/event-stream"));
	}

	/**
	 * Who acts is the signed-in console user: no request schema has a field for it, and
	 * no operation a parameter.
	 */
	@Test
	void noRequestNamesWhoActs() throws Exception {
		ApiDocument document = ApiDocument.fetch(HttpClient.newHttpClient(),
				URI.create("http://localhost:" + this.port));
		Map<String, Schema> schemas = document.model().getComponents().getSchemas();
		assertThat(schemas).containsKeys("LockerAdminRequest", "PolicyExemptionRequest", "PolicyRevokeRequest")
			.doesNotContainKey("SignedInUser");
		assertThat(schemas.get("LockerAdminRequest").getProperties()).containsOnlyKeys("reason");
		assertThat(schemas.get("PolicyRevokeRequest").getProperties()).containsOnlyKeys("because");
		assertThat(schemas.get("LockerAdminRequest").getAdditionalProperties())
			.as("the refusal of a field naming who acts adds no additionalProperties")
			.isNull();
		schemas.forEach((name, schema) -> {
			if (name.endsWith("Request")) {
				assertThat(propertyNames(schema)).as(name)
					.isNotEmpty()
					.noneMatch((property) -> property.equals("by") || property.endsWith("By"));
			}
		});
		assertThat(document.operations()).allSatisfy((operation) -> assertThat(
				(operation.operation().getParameters() != null) ? operation.operation().getParameters() : List.of())
			.as(operation.toString())
			.extracting(Parameter::getName)
			.doesNotContain("admin", "by"));
	}

	private static Set<String> propertyNames(Schema<?> schema) {
		Map<String, Schema> properties = schema.getProperties();
		return (properties != null) ? properties.keySet() : Set.of();
	}

	private static String withIds(String template, Map<String, String> ids) {
		Matcher matcher = PATH_PARAMETER.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String key = template.substring(0, matcher.start()) + "{" + matcher.group(1) + "}";
			String id = ids.getOrDefault(key, ids.get(matcher.group(1)));
			assertThat(id).as("a real id for %s in %s", matcher.group(1), template).isNotNull();
			matcher.appendReplacement(path, Matcher.quoteReplacement(id));
		}
		return matcher.appendTail(path).toString();
	}

	/**
	 * Ids that exist: the demo data's, plus a checkIn at the door (Katherine, clean), a
	 * session being collected (Ada's Pixel stored), an exemption and an alert.
	 */
	private Map<String, String> realIds(HttpClient http, URI base) throws Exception {
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);
		world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		CheckInView stored = this.checkIns.store(this.checkIns.start(Identification.typed("100001", "1111")).id());
		int locker = stored.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		CollectionView collection = this.collections.start(new Identification("100001", "1111"));
		CheckInView checkIn = this.checkIns.start(Identification.typed("100004", "4444"));
		long employee = this.jdbc
			.sql("SELECT employee_id FROM phone WHERE id = (SELECT MIN(phone_id) FROM ble_identity)")
			.query(Long.class)
			.single();
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("id", Long.toString(employee));
		ids.put("/api/v1/lockers/{id}", Integer.toString(locker));
		ids.put("storageId", collection.storageId().toString());
		ids.put("checkInId", checkIn.id().toString());
		ids.put("/api/v1/phones/{id}",
				this.jdbc.sql("SELECT MIN(phone_id) FROM ble_identity").query(Long.class).single().toString());
		ids.put("identityId", this.jdbc.sql("SELECT MIN(id) FROM ble_identity").query(Long.class).single().toString());
		ids.put("inventoryId",
				this.jdbc
					.sql("SELECT MAX(id) FROM app_inventory WHERE phone_id = (SELECT MIN(phone_id) FROM ble_identity)")
					.query(Long.class)
					.single()
					.toString());
		ids.put("/api/v1/catalogue/entries/{id}", "wechat");
		ids.put("username", "admin");
		ids.put("/api/v1/policy/exemptions/{id}", exemption(http, base, employee));
		// a door forced on another locker: an alert on the queue
		int forced = (locker == 1) ? 2 : 1;
		this.doors.openDoor(forced);
		this.doors.closeDoor(forced);
		ids.put("/api/v1/alerts/{id}",
				this.jdbc.sql("SELECT MAX(id) FROM alert").query(Long.class).single().toString());
		return ids;
	}

	private static String exemption(HttpClient http, URI base, long employee) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/policy/exemptions"))
			.header("Content-Type", "application/json")
			.header("Authorization", SignedIn.adminBasic())
			.POST(HttpRequest.BodyPublishers.ofString("{\"employeeId\": " + employee
					+ ", \"expiresAt\": \"2026-12-31T18:00:00Z\", \"reason\": \"contract test\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.body()).as("granted by the admin signed in with HTTP Basic")
			.contains("\"grantedBy\":\"admin\"");
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
		assertThat(id.find()).as(response.body()).isTrue();
		return id.group(1);
	}

}
