package org.cloakroom.kiosk.fleet.publish;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.enrolment.EmployeeAdministration;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.IdentityView;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.fleet.wire.Joined;
import org.cloakroom.kiosk.fleet.wire.WrappedIrk;
import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.Exemption;
import org.cloakroom.kiosk.policy.ExemptionGrant;
import org.cloakroom.kiosk.policy.PolicyExemptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Central answers a kiosk's pull: a snapshot first, then exactly what each change changed
 * (a put, a removal), 304 while the kiosk is current, a snapshot for a version older than
 * central remembers; IRKs only wrapped for the kiosk asking, under the wrapping key it
 * got when it joined. The fleet security chain guards the pull: a revoked kiosk is
 * refused; a pull is the kiosk's contact and sets its configuration version.
 */
@SimulationIT
@AutoConfigureMockMvc
class ConfigurationPublishIT {

	static final String IRK = "ec0234a357c8ad05341010a60a397d9b";

	private static final AtomicInteger KIOSKS = new AtomicInteger();

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Enrolment enrolment;

	@Autowired
	EmployeeAdministration employees;

	@Autowired
	CatalogueAdministration catalogue;

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	ConfigurationChanges changes;

	@Autowired
	MutableClock clock;

	/** The kiosk pulling in each test, joined through the fleet's own paths. */
	private Joined kiosk;

	@BeforeEach
	void aKioskJoins() throws Exception {
		this.kiosk = join("pulling-" + KIOSKS.incrementAndGet());
	}

	@Test
	void answersASnapshotThenExactlyEachChangeAndASnapshotForAVersionTooOld() throws Exception {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "C-0101", "2468", "es", "dana");
		PhoneRef pixel = this.enrolment.enrolPhone(ada.id(), "Pixel", Platform.ANDROID, "dana");
		IdentityView irk = this.enrolment.enrolIdentity(pixel.id(), IdentityResolvingKey.parseHex(IRK), "dana");
		this.catalogue.create("""
				{"id": "chatty", "name": "Chatty", "publisher": "Chatty Ltd", "severity": "WARN",
				 "reason": "it talks too much",
				 "identifiers": [{"platform": "ANDROID", "identifier": "org.chatty.app"}],
				 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/r"}]}""",
				"dana");
		Exemption onCall = this.exemptions.grant(new ExemptionGrant(pixel.id(), null,
				this.clock.instant().plus(Duration.ofDays(90)), "dana", "on call"));

		String snapshotText = pull(null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		JsonNode snapshot = this.json.readTree(snapshotText);
		long first = snapshot.get("version").asLong();
		assertThat(snapshot.get("basis").asString()).isEqualTo("snapshot");
		assertThat(item(snapshot, "employee", ada.id().value())).hasValueSatisfying((employee) -> {
			assertThat(employee.get("op").asString()).isEqualTo("put");
			assertThat(employee.at("/value/badgeId").asString()).isEqualTo("C-0101");
			assertThat(employee.at("/value/pinHash").asString()).startsWith("$2").doesNotContain("2468");
		});
		assertThat(item(snapshot, "phone", pixel.id().value())).isPresent();
		assertThat(item(snapshot, "flagged-app", "chatty")).isPresent();
		assertThat(item(snapshot, "policy", "mode")).isPresent();
		assertThat(item(snapshot, "exemption", onCall.id())).isPresent();
		JsonNode identity = item(snapshot, "identity", irk.id()).orElseThrow().get("value");
		assertThat(WrappedIrk.open(Base64.getDecoder().decode(this.kiosk.wrappingKey()), this.kiosk.kiosk(),
				String.valueOf(irk.id()), identity.get("wrappedIrk").asString()))
			.isEqualTo(HexFormat.of().parseHex(IRK));
		assertThat(snapshotText.toLowerCase()).doesNotContain(IRK)
			.doesNotContain(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(IRK)).toLowerCase());

		pull(first).andExpect(status().isNotModified());
		this.employees.edit(ada.id(), "Ada", "es", "dana");
		pull(first).andExpect(status().isNotModified());

		this.employees.edit(ada.id(), "Ada Lovelace", "es", "dana");
		JsonNode delta = body(pull(first));
		long second = delta.get("version").asLong();
		assertThat(second).isGreaterThan(first);
		assertThat(delta.get("basis").asString()).isEqualTo("delta");
		assertThat(delta.get("since").asLong()).isEqualTo(first);
		assertThat(delta.get("items")).singleElement().satisfies((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("employee");
			assertThat(item.get("key").asString()).isEqualTo(String.valueOf(ada.id().value()));
			assertThat(item.at("/value/name").asString()).isEqualTo("Ada Lovelace");
		});

		this.catalogue.retire("chatty", "it stopped talking", "dana");
		JsonNode removal = body(pull(second));
		long third = removal.get("version").asLong();
		assertThat(removal.get("items")).singleElement().satisfies((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("flagged-app");
			assertThat(item.get("key").asString()).isEqualTo("chatty");
			assertThat(item.get("op").asString()).isEqualTo("remove");
		});
		assertThat(item(body(pull(null)), "flagged-app", "chatty")).isEmpty();
		pull(third).andExpect(status().isNotModified());

		this.exemptions.revoke(onCall.id(), "dana", "back from call");
		assertThat(body(pull(third)).get("items")).singleElement()
			.satisfies((item) -> assertThat(item.get("op").asString()).isEqualTo("remove"));
		this.clock.advance(Duration.ofDays(31));
		this.changes.forgetOldRemovals();
		JsonNode tooOld = body(pull(third));
		assertThat(tooOld.get("basis").asString()).isEqualTo("snapshot");
		assertThat(item(tooOld, "exemption", onCall.id())).isEmpty();
		assertThat(item(tooOld, "employee", ada.id().value())).isPresent();
	}

	@Test
	void aPullIsTheKiosksContactAndSetsItsConfigurationVersion() throws Exception {
		long version = body(pull(null)).get("version").asLong();
		this.clock.advance(Duration.ofMinutes(5));
		pull(version).andExpect(status().isNotModified());

		this.mvc.perform(get("/api/v1/kiosks/" + this.kiosk.name()).with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.configurationVersion").value(version))
			.andExpect(jsonPath("$.lastContactAt").value(this.clock.instant().toString()));
	}

	@Test
	void onlyAJoinedKiosksFleetTokenPullsAndARevokedOneIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/fleet/configuration")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/fleet/configuration").with(SignedIn.admin()))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/v1/fleet/configuration").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.kiosk.token().substring(0, this.kiosk.token().length() - 2) + "AA"))
			.andExpect(status().isUnauthorized());

		this.mvc.perform(post("/api/v1/kiosks/" + this.kiosk.name() + "/revocation").with(SignedIn.admin()))
			.andExpect(status().isOk());
		pull(null).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("fleet-kiosk-revoked"));
	}

	private Joined join(String name) throws Exception {
		String registered = this.mvc
			.perform(post("/api/v1/kiosks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"site\": \"HQ\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = this.json.readTree(registered).get("joinCode").asString();
		String joined = this.mvc
			.perform(post("/api/v1/fleet/join").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"signingKeys\": [], \"sequence\": 0}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(joined, Joined.class);
	}

	private org.springframework.test.web.servlet.ResultActions pull(Long since) throws Exception {
		return this.mvc.perform(get("/api/v1/fleet/configuration" + ((since != null) ? "?since=" + since : ""))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.kiosk.token()));
	}

	private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return this.json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static Optional<JsonNode> item(JsonNode update, String kind, Object key) {
		for (JsonNode item : update.get("items")) {
			if (item.get("kind").asString().equals(kind) && item.get("key").asString().equals(String.valueOf(key))) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

}
