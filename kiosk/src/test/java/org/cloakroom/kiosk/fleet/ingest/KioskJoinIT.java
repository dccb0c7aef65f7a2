package org.cloakroom.kiosk.fleet.ingest;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.enrolment.IdentityCipher;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.Joined;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering a kiosk and its join: the join code shown once and kept only as its
 * SHA-256, used once, for 24 hours; the fleet token and wrapping key given once and kept
 * as a digest and sealed; a revoked kiosk refused; the fleet's paths guarded by their own
 * chain, the admin API by the consoles' roles.
 */
@SimulationIT
@AutoConfigureMockMvc
class KioskJoinIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private IdentityCipher cipher;

	private FleetCalls fleet;

	private final KioskLog log = KioskLog.create();

	@BeforeEach
	void calls() {
		this.fleet = new FleetCalls(this.mvc, this.json);
	}

	@Test
	void registeringShowsTheJoinCodeOnceAndKeepsOnlyItsDigest() throws Exception {
		String body = this.fleet.register("east-wing-1", "HQ")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/kiosks/east-wing-1"))
			.andExpect(jsonPath("$.kiosk.state").value("REGISTERED"))
			.andExpect(jsonPath("$.kiosk.site").value("HQ"))
			.andExpect(jsonPath("$.kiosk.registeredBy").value("dana"))
			.andExpect(jsonPath("$.joinCode")
				.value(matchesPattern("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = this.json.readTree(body).path("joinCode").asString();

		this.mvc.perform(get("/api/v1/kiosks/east-wing-1").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.joinCode").doesNotExist())
			.andExpect(content().string(not(containsString(code))));
		assertThat(this.jdbc.sql("SELECT join_code_sha256 FROM fleet_kiosk WHERE name = 'east-wing-1'")
			.query(String.class)
			.single()).isEqualTo(Sha256.hex(code.replace("-", "")));
		assertThat(newest("KioskRegistered")).contains("\"name\":\"east-wing-1\"").doesNotContain(code);
	}

	@Test
	void aJoinGivesTheTokenAndWrappingKeyOnceAndTheCodeCannotJoinAgain() throws Exception {
		String code = this.fleet.joinCode("lobby-2", "Annex");
		this.log.append(42);

		String body = this.fleet.join(code.toLowerCase(), this.log, 42)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("lobby-2"))
			.andExpect(jsonPath("$.site").value("Annex"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Joined joined = this.json.readValue(body, Joined.class);
		FleetToken token = FleetToken.parse(joined.token()).orElseThrow();
		byte[] wrappingKey = Base64.getDecoder().decode(joined.wrappingKey());

		assertThat(token.kiosk()).isEqualTo(joined.kiosk());
		assertThat(wrappingKey).hasSize(32);
		var stored = this.jdbc
			.sql("SELECT state, token_sha256, wrapping_key_sealed, reported_sequence FROM fleet_kiosk WHERE id = ?")
			.param(joined.kiosk())
			.query()
			.singleRow();
		assertThat(stored.get("state")).isEqualTo("JOINED");
		assertThat(stored.get("token_sha256")).isEqualTo(Sha256.hex(token.secret()));
		assertThat(stored.get("reported_sequence")).isEqualTo(42L);
		String sealed = (String) stored.get("wrapping_key_sealed");
		assertThat(sealed).doesNotContain(joined.wrappingKey());
		assertThat(this.cipher.decrypt(sealed, FleetJoin.wrappingKeyContext(joined.kiosk()))).isEqualTo(wrappingKey);
		assertThat(newest("KioskJoined")).contains("\"sequence\":42", this.log.signingKey().id())
			.doesNotContain(token.secret(), joined.wrappingKey());

		this.fleet.join(code, this.log, 42)
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.code").value("fleet-join-code-used"));
		this.fleet.send(joined.token(), FleetCalls.batch(this.log, List.of(), null, List.of()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged").value(42));
	}

	@Test
	void centralTakesTheChainFromTheKiosksHeadAtTheJoinSoItsFirstEntryMustLinkToIt() throws Exception {
		this.log.append(45);
		String token = joinedAt("linked-1", this.log, 42, this.log.entry(42).hash());
		assertThat(this.jdbc
			.sql("SELECT c.head_hash FROM fleet_chain c JOIN fleet_kiosk k ON k.id = c.kiosk_id WHERE k.name = ?")
			.param("linked-1")
			.query(String.class)
			.single()).isEqualTo(this.log.entry(42).hash());
		this.fleet.send(token, FleetCalls.batch(this.log, this.log.entries(43, 45), null, List.of()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(3))
			.andExpect(jsonPath("$.acknowledged").value(45));

		KioskLog other = KioskLog.create().append(42);
		String forked = joinedAt("unlinked-1", other, 42, other.entry(42).hash());
		this.fleet.send(forked, FleetCalls.batch(this.log, this.log.entries(43, 45), null, List.of()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fleet-chain-forked"))
			.andExpect(jsonPath("$.sequence").value(43));
		assertThat(newest("KioskChainForked")).contains("\"sequence\":43", "\"unlinked\":true");
	}

	@Test
	void aJoinAfterTheGenesisNamesItsHeadsHashAndAJoinAtZeroTheGenesis() throws Exception {
		String code = this.fleet.joinCode("hashless-1", "HQ");
		this.log.append(3);

		this.fleet.join(code, this.log, 3, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("fleet-request-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("hash")))
			.andExpect(jsonPath("$.detail").value(containsString("missing")));
		this.fleet.join(code, this.log, 3, "ABC")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("'ABC'")));
		this.fleet.join(code, this.log, 0, this.log.entry(1).hash())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("genesis")));

		this.fleet.join(code, this.log, 0, CanonicalForm.GENESIS_HASH).andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("SELECT c.head_hash FROM fleet_chain c JOIN fleet_kiosk k ON k.id = c.kiosk_id WHERE k.name = ?")
			.param("hashless-1")
			.query(String.class)
			.single()).as("a refused join used no code; at 0 the chain starts at the genesis")
			.isEqualTo(CanonicalForm.GENESIS_HASH);
	}

	private String joinedAt(String name, KioskLog kioskLog, long sequence, String hash) throws Exception {
		String body = this.fleet.join(this.fleet.joinCode(name, "HQ"), kioskLog, sequence, hash)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(body, Joined.class).token();
	}

	@Test
	void aJoinCodeExpiresAfterADay() throws Exception {
		String code = this.fleet.joinCode("expiring-1", "HQ");
		this.clock.advance(Duration.ofHours(24));

		this.fleet.join(code, this.log, 0)
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.code").value("fleet-join-code-expired"));
		assertThat(
				this.jdbc.sql("SELECT state FROM fleet_kiosk WHERE name = 'expiring-1'").query(String.class).single())
			.isEqualTo("REGISTERED");
	}

	@Test
	void anUnknownOrGarbledCodeJoinsNothing() throws Exception {
		this.fleet.join("ABCD-EFGH-JKLM", this.log, 0)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("fleet-join-code-unknown"));
		this.fleet.join("not a code", this.log, 0)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("fleet-join-code-unknown"));
	}

	@Test
	void aRevokedKioskIsRefusedAndCannotBeRevokedTwice() throws Exception {
		String token = this.fleet.joined("revoked-1", this.log);
		EventBatch heartbeat = FleetCalls.batch(this.log, List.of(), null, List.of());
		this.fleet.send(token, heartbeat).andExpect(status().isOk());

		this.mvc.perform(post("/api/v1/kiosks/revoked-1/revocation").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REVOKED"))
			.andExpect(jsonPath("$.revokedBy").value("dana"));

		this.fleet.send(token, heartbeat)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("fleet-kiosk-revoked"));
		this.mvc.perform(post("/api/v1/kiosks/revoked-1/revocation").with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fleet-kiosk-already-revoked"));
		assertThat(newest("KioskRevoked")).contains("\"name\":\"revoked-1\"", "\"by\":\"dana\"");
	}

	@Test
	void theFleetChainRefusesAMissingOrWrongTokenAndNoConsoleUserGetsIn() throws Exception {
		String token = this.fleet.joined("guarded-1", this.log);
		FleetToken real = FleetToken.parse(token).orElseThrow();
		String wrong = new FleetToken(real.kiosk(), "A".repeat(43)).text();
		EventBatch heartbeat = FleetCalls.batch(this.log, List.of(), null, List.of());

		this.fleet.send(wrong, heartbeat)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("fleet-token-wrong"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
		this.fleet.send("cloakroom-kiosk.999." + real.secret(), heartbeat)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("fleet-token-wrong"));
		this.mvc.perform(post("/api/v1/fleet/events").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("fleet-token-required"));
		this.mvc
			.perform(post("/api/v1/fleet/events").contentType("application/json")
				.content("{}")
				.header(HttpHeaders.AUTHORIZATION, SignedIn.adminBasic()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("fleet-token-required"));
	}

	@Test
	void adminsRegisterAndRevokeAuditorsOnlyRead() throws Exception {
		this.fleet.joinCode("read-1", "HQ");

		this.mvc.perform(get("/api/v1/kiosks").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'read-1')].state").value(org.hamcrest.Matchers.contains("REGISTERED")));
		this.mvc
			.perform(post("/api/v1/kiosks").contentType("application/json")
				.content("{\"name\":\"by-officer\",\"site\":\"HQ\"}")
				.with(SignedIn.officer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/kiosks/read-1/revocation").with(SignedIn.auditor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/kiosks")).andExpect(status().isUnauthorized());
	}

	@Test
	void aKioskNeedsANameOfItsOwnAndASite() throws Exception {
		this.fleet.joinCode("taken-1", "HQ");

		this.fleet.register("taken-1", "Annex")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fleet-kiosk-name-taken"));
		this.fleet.register("Not A Slug", "HQ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("fleet-kiosk-name-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("Not A Slug")));
		this.fleet.register("no-site", " ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("fleet-kiosk-site-invalid"));
		this.mvc.perform(get("/api/v1/kiosks/nobody-here").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("nobody-here")));
	}

	private String newest(String type) {
		return this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? ORDER BY sequence DESC")
			.param(type)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse("(none)");
	}

}
