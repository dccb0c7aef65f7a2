package org.cloakroom.kiosk.fleet.pull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.SecretsProperties;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EnrolledIdentities;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.identity.Ah;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.fleet.forward.FleetSecrets;
import org.cloakroom.kiosk.fleet.forward.Membership;
import org.cloakroom.kiosk.fleet.wire.ConfigurationItem;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.WrappedIrk;
import org.cloakroom.kiosk.policy.AreaPolicyAdministration;
import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.FlaggedAppIdentifier;
import org.cloakroom.kiosk.policy.FlaggedAppSource;
import org.cloakroom.kiosk.policy.FlaggedAppText;
import org.cloakroom.kiosk.policy.PolicyExemptions;
import org.cloakroom.kiosk.policy.PolicyProperties;
import org.cloakroom.kiosk.policy.Severity;
import org.cloakroom.kiosk.enrolment.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A kiosk that joined central (kiosk 7) pulls its configuration from a stand-in of
 * central's endpoint: it applies a snapshot, then a delta, each in one transaction, keeps
 * central's ids, opens each IRK from its wrapping and seals it under its own identity key
 * (so BLE resolves the phone), keeps its last good copy when a pull fails, and once
 * managed refuses local edits (API and admin console) while its lockers stay its own.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:configuration-pull;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ConfigurationPullIT {

	static final CentralStandIn CENTRAL = standIn();

	static final long KIOSK = 7;

	static final byte[] WRAPPING_KEY = HexFormat.of()
		.parseHex("101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f");

	static final byte[] IRK = HexFormat.of().parseHex("ec0234a357c8ad05341010a60a397d9b");

	static final String TOKEN = "cloakroom-kiosk.7.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	@Autowired
	ConfigurationPuller puller;

	@Autowired
	ConfigurationAge age;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	EnrolledIdentities identities;

	@Autowired
	CatalogueAdministration catalogue;

	@Autowired
	AreaPolicyAdministration policy;

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("fleetHealthIndicator")
	HealthIndicator fleetHealth;

	@AfterAll
	static void stopCentral() {
		CENTRAL.close();
	}

	/** Every test starts from central's snapshot at version 3, applied once. */
	@BeforeEach
	void snapshotApplied() throws Exception {
		if (this.age.version().isEmpty()) {
			CENTRAL.queue(200, this.json.writeValueAsString(snapshot()));
			assertThat(this.puller.pull()).map(ConfigurationApplied::basis).contains("snapshot");
		}
	}

	@Test
	void appliesTheSnapshotUnderCentralsIdsAndResolvesThePhoneByItsIrk() {
		assertThat(this.employees.byBadgeAndPin("C-0101", "2468").id()).isEqualTo(EmployeeId.of(101));
		assertThat(this.catalogue.get("central-app").retired()).isFalse();
		assertThat(this.catalogue.get("central-app").app().text()).containsKey("es");
		assertThat(this.policy.current().mode()).isEqualTo(PolicyProperties.Mode.ALL_PHONES);
		assertThat(this.exemptions.get(401).reason()).isEqualTo("on call");
		// the demo cast enrolled here before the kiosk joined is not central's:
		// deactivated
		assertThat(this.employees.view(EmployeeId.of(1)).active()).isFalse();

		IdentityResolver resolver = new IdentityResolver(this.identities::all);
		BleAddress address = new Ah(new IdentityResolvingKey(IRK)).resolvablePrivateAddress(0x5a1b2c);
		assertThat(resolver.resolve(address, AddressType.RANDOM, AdDecoder.decode(new byte[0]), Instant.now()))
			.isEqualTo(new Resolution.EnrolledPhone(201, 301));
		String stored = this.jdbc.sql("SELECT stored_value FROM ble_identity WHERE id = 301")
			.query(String.class)
			.single();
		assertThat(stored).doesNotContainIgnoringCase("ec0234a357c8ad05");
		assertThat(CENTRAL.asked()).first().isEqualTo("/api/v1/fleet/configuration Bearer " + TOKEN);
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE type = 'ConfigurationApplied'")
			.query(String.class)
			.list()).anySatisfy((details) -> assertThat(details).contains("\"basis\":\"snapshot\"", "\"version\":3"));
	}

	@Test
	void appliesADeltaSinceTheVersionItHoldsAndSaysWhatItApplied() throws Exception {
		long held = this.age.version().orElseThrow();
		ObjectNode renamed = employee("Ada Central-Lovelace");
		CENTRAL.queue(200,
				this.json.writeValueAsString(new ConfigurationUpdate(held + 1, "delta", held,
						List.of(new ConfigurationItem("employee", "101", "put", renamed),
								new ConfigurationItem("flagged-app", "central-app", "remove", null)))));

		ConfigurationApplied applied = this.puller.pull().orElseThrow();

		assertThat(applied).isEqualTo(new ConfigurationApplied(held + 1, "delta", held, CENTRAL.uri().toString(), 1, 1,
				"employee 1 put, flagged-app 1 removed"));
		assertThat(this.employees.view(EmployeeId.of(101)).name()).isEqualTo("Ada Central-Lovelace");
		assertThat(this.catalogue.get("central-app").retired()).isTrue();
		assertThat(CENTRAL.asked()).last().asString().startsWith("/api/v1/fleet/configuration?since=" + held + " ");
		assertThat(this.age.version()).contains(held + 1);
	}

	@Test
	void aFailedPullKeepsTheLastGoodCopyAndItsAgeGrowsUntilCentralAnswers() throws Exception {
		long held = this.age.version().orElseThrow();
		String name = this.employees.view(EmployeeId.of(101)).name();
		this.clock.advance(Duration.ofMinutes(30));

		CENTRAL.queue(503, "{\"detail\":\"down for maintenance\"}");
		assertThatIOException().isThrownBy(this.puller::pull).withMessageContaining("503");
		ObjectNode broken = employee("Someone Else");
		CENTRAL.queue(200,
				this.json.writeValueAsString(new ConfigurationUpdate(held + 1, "delta", held,
						List.of(new ConfigurationItem("employee", "101", "put", broken),
								new ConfigurationItem("phone", "201", "put",
										this.json.createObjectNode().put("label", "no employee, no platform"))))));
		assertThatIllegalArgumentException().isThrownBy(this.puller::pull)
			.withMessage("Central's phone '201': platform is missing");

		assertThat(this.employees.view(EmployeeId.of(101)).name()).isEqualTo(name);
		assertThat(this.age.version()).contains(held);
		assertThat(this.age.age())
			.hasValueSatisfying((age) -> assertThat(age).isGreaterThanOrEqualTo(Duration.ofMinutes(30)));

		CENTRAL.queue(304, "");
		assertThat(this.puller.pull()).isEmpty();
		assertThat(this.age.age()).contains(Duration.ZERO);
		assertThat(this.age.details()).containsEntry("configurationVersion", held)
			.containsEntry("configurationAge", "PT0S")
			.containsEntry("central", CENTRAL.uri().toString());
	}

	@Test
	void theFleetHealthShowsTheConfigurationsAgeAndIsDownOnceItIsOlderThanTheLimit() throws Exception {
		CENTRAL.queue(304, "");
		this.puller.pull();
		long held = this.age.version().orElseThrow();
		assertThat(this.fleetHealth.health().getDetails()).as("the forwarder's health carries the configuration")
			.containsEntry("configurationVersion", held)
			.containsEntry("configurationAge", "PT0S")
			.containsKey("configurationCheckedAt");

		this.clock.advance(Duration.ofHours(24));
		Health.Builder atTheLimit = Health.up();
		this.age.contribute(atTheLimit);
		assertThat(atTheLimit.build().getStatus()).isEqualTo(Status.UP);

		this.clock.advance(Duration.ofMinutes(1));
		Health.Builder beyond = Health.up();
		this.age.contribute(beyond);
		Health health = beyond.build();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("configurationAge", "PT24H1M")
			.hasEntrySatisfying("configurationWhy",
					(why) -> assertThat(why).asString().contains("cloakroom.fleet.configuration-age-limit (PT24H)"));

		CENTRAL.queue(304, "");
		this.puller.pull();
		Health.Builder confirmed = Health.up();
		this.age.contribute(confirmed);
		assertThat(confirmed.build().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void onceManagedLocalEditsAreRefusedNamingCentralAndLockersStayEditable() throws Exception {
		this.mvc
			.perform(put("/api/v1/employees/101").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Local Name\", \"language\": \"es\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("enrolment-centrally-managed"))
			.andExpect(jsonPath("$.detail").value("This kiosk takes its employees, phones and identities from the "
					+ "central instance " + CENTRAL.uri() + ": change them there"));
		this.mvc
			.perform(put("/api/v1/policy/area").contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\": \"FLAGGED_APPS_ONLY\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("policy-centrally-managed"));
		assertThat(this.policy.current().mode()).isEqualTo(PolicyProperties.Mode.ALL_PHONES);
		this.mvc
			.perform(post("/admin/employees/101/edit").param("name", "Console Name")
				.param("language", "es")
				.with(SignedIn.admin()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "This kiosk takes its employees, phones and identities from the "
					+ "central instance " + CENTRAL.uri() + ": change them there"));
		assertThat(this.employees.view(EmployeeId.of(101)).name()).doesNotContain("Console");

		this.mvc
			.perform(post("/api/v1/lockers/12/out-of-service").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"hinge squeaks\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isOk());
	}

	private ConfigurationUpdate snapshot() {
		FlaggedApp app = new FlaggedApp("central-app", "Central App", "Central Ltd", Severity.STORE_REQUIRED,
				"it sends what it hears to a third party.", null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, "com.example.central", true, null)),
				List.of(new FlaggedAppSource("Central's own list", java.time.LocalDate.parse("2026-01-05"),
						"https://example.org/list", null)),
				Map.of("es", new FlaggedAppText("App Central", "envía lo que oye a un tercero.")));
		ObjectNode phone = this.json.createObjectNode()
			.put("employeeId", 101)
			.put("label", "Central Pixel")
			.put("platform", "ANDROID")
			.put("serial", "SN-201");
		ObjectNode identity = this.json.createObjectNode()
			.put("phoneId", 201)
			.put("kind", "irk")
			.put("wrappedIrk", WrappedIrk.seal(WRAPPING_KEY, KIOSK, "301", IRK));
		ObjectNode exemption = this.json.createObjectNode()
			.put("phoneId", 201)
			.putNull("employeeId")
			.put("expiresAt", "2027-01-01T00:00:00Z")
			.put("grantedBy", "dana")
			.put("reason", "on call")
			.put("grantedAt", "2026-11-01T00:00:00Z");
		return new ConfigurationUpdate(3, "snapshot", null,
				List.of(new ConfigurationItem("employee", "101", "put", employee("Ada Central")),
						new ConfigurationItem("phone", "201", "put", phone),
						new ConfigurationItem("identity", "301", "put", identity),
						new ConfigurationItem("flagged-app", "central-app", "put", this.json.valueToTree(app)),
						new ConfigurationItem("policy", "mode", "put",
								this.json.createObjectNode().put("value", "ALL_PHONES")),
						new ConfigurationItem("exemption", "401", "put", exemption)));
	}

	private ObjectNode employee(String name) {
		return this.json.createObjectNode()
			.put("name", name)
			.put("badgeId", "C-0101")
			.put("pinHash", new BCryptPasswordEncoder(4).encode("2468"))
			.put("language", "es");
	}

	private static CentralStandIn standIn() {
		try {
			return new CentralStandIn();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start central's stand-in on loopback", ex);
		}
	}

	/**
	 * The secrets {@code fleet join} writes (kiosk 7 of the stand-in), in this class's
	 * own secrets directory, before the program starts: it starts joined.
	 */
	@DynamicPropertySource
	static void joined(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/configuration-pull-secrets"));
		new FleetSecrets(new SecretFiles(new SecretsProperties(dir))).write(
				new Membership(CENTRAL.uri(), KIOSK, "east-wing-1", "HQ", null, 0,
						Instant.parse("2026-12-07T07:00:00Z")),
				FleetToken.parse(TOKEN).orElseThrow(), Base64.getEncoder().encodeToString(WRAPPING_KEY));
		registry.add("cloakroom.secrets.dir", dir::toString);
	}

}
