package org.cloakroom.kiosk.fleet.ingest;

import java.util.List;

import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A kiosk's checkpoints checked centrally as the kiosk checks them itself: the Ed25519
 * signature with the kiosk's signing key, then the hash against the entry central holds,
 * at once or when the entry arrives. A checkpoint that contradicts either alerts and is
 * not kept.
 */
@SimulationIT
@AutoConfigureMockMvc
class FleetCheckpointIT {

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

	private FleetCalls fleet;

	private final KioskLog log = KioskLog.create().append(30);

	@BeforeEach
	void calls() {
		this.fleet = new FleetCalls(this.mvc, this.json);
	}

	@Test
	void aCheckpointOfAnEntryCentralHoldsIsVerified() throws Exception {
		String token = this.fleet.joined("checked", this.log);

		this.fleet
			.send(token, FleetCalls.batch(this.log, this.log.entries(1, 10), null, List.of(this.log.checkpoint(10))))
			.andExpect(status().isOk());

		assertThat(checkpoints(token)).containsExactly("10 verified");
		assertThat(alerts("checked")).isEmpty();
	}

	@Test
	void aCheckpointThatCameBeforeItsEntryIsVerifiedWhenTheEntryArrives() throws Exception {
		String token = this.fleet.joined("early", this.log);

		this.fleet
			.send(token, FleetCalls.batch(this.log, this.log.entries(1, 10), null, List.of(this.log.checkpoint(20))))
			.andExpect(status().isOk());
		assertThat(checkpoints(token)).containsExactly("20 pending");
		this.fleet.send(token, this.log, 11, 20).andExpect(status().isOk());

		assertThat(checkpoints(token)).containsExactly("20 verified");
		this.fleet
			.send(token, FleetCalls.batch(this.log, this.log.entries(21, 30), null, List.of(this.log.checkpoint(20))))
			.andExpect(status().isOk());
		assertThat(checkpoints(token)).containsExactly("20 verified");
	}

	@Test
	void aCheckpointNamingAnotherHashAlertsAndIsNotKept() throws Exception {
		String token = this.fleet.joined("contradicted", this.log);
		this.fleet.send(token, this.log, 1, 10).andExpect(status().isOk());
		String rewritten = this.log.checkpoint(5, this.log.entry(6).hash());

		this.fleet.send(token, FleetCalls.batch(this.log, List.of(), null, List.of(rewritten)))
			.andExpect(status().isOk());

		assertThat(checkpoints(token)).isEmpty();
		assertThat(alerts("contradicted")).containsExactly("KioskCheckpointContradicted HIGH");
		assertThat(newestContradiction()).contains("\"sequence\":5", "\"signatureFails\":false",
				"\"heldHash\":\"" + this.log.entry(5).hash(), "\"checkpointHash\":\"" + this.log.entry(6).hash());
	}

	@Test
	void anEntryArrivingUnderAContradictingCheckpointAlerts() throws Exception {
		String token = this.fleet.joined("late-contradiction", this.log);
		String wrong = this.log.checkpoint(15, this.log.entry(14).hash());
		this.fleet.send(token, FleetCalls.batch(this.log, this.log.entries(1, 10), null, List.of(wrong)))
			.andExpect(status().isOk());

		this.fleet.send(token, this.log, 11, 20).andExpect(status().isOk());

		assertThat(checkpoints(token)).isEmpty();
		assertThat(alerts("late-contradiction")).containsExactly("KioskCheckpointContradicted HIGH");
	}

	@Test
	void aCheckpointWhoseSignatureDoesNotVerifyAlerts() throws Exception {
		String token = this.fleet.joined("forged", this.log);
		this.fleet.send(token, this.log, 1, 10).andExpect(status().isOk());
		String forged = this.log.checkpoint(10).replace("sequence 10", "sequence 9");

		this.fleet.send(token, FleetCalls.batch(this.log, List.of(), null, List.of(forged))).andExpect(status().isOk());

		assertThat(checkpoints(token)).isEmpty();
		assertThat(newestContradiction()).contains("\"sequence\":9", "\"signatureFails\":true");
	}

	@Test
	void aCheckpointOfAKeyTheKioskNeverSentOrAMalformedOneIsRefusedNamingIt() throws Exception {
		String token = this.fleet.joined("stranger", this.log);
		KioskLog other = KioskLog.create().append(10);

		this.fleet.send(token, FleetCalls.batch(this.log, this.log.entries(1, 10), null, List.of(other.checkpoint(10))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("checkpoints[0]")))
			.andExpect(jsonPath("$.detail").value(containsString(other.signingKey().id())));
		this.fleet.send(token, FleetCalls.batch(this.log, this.log.entries(1, 10), null, List.of("hello")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("checkpoints[0] line 1")));

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM fleet_event WHERE kiosk_id = ?")
			.param(FleetToken.parse(token).orElseThrow().kiosk())
			.query(Long.class)
			.single()).isZero();
	}

	/** The kiosk's checkpoints central keeps: sequence, verified or pending. */
	private List<String> checkpoints(String token) {
		return this.jdbc.sql("SELECT sequence, verified_at FROM fleet_checkpoint WHERE kiosk_id = ? ORDER BY sequence")
			.param(FleetToken.parse(token).orElseThrow().kiosk())
			.query((rs, row) -> rs.getLong("sequence")
					+ ((rs.getObject("verified_at") != null) ? " verified" : " pending"))
			.list();
	}

	private List<String> alerts(String name) {
		return this.jdbc.sql("SELECT type, severity FROM alert WHERE subject = ? ORDER BY id")
			.param("registered-kiosk:" + name)
			.query((rs, row) -> rs.getString("type") + " " + rs.getString("severity"))
			.list();
	}

	private String newestContradiction() {
		return this.jdbc
			.sql("SELECT details FROM audit_event WHERE type = 'KioskCheckpointContradicted' ORDER BY sequence DESC")
			.query(String.class)
			.list()
			.get(0);
	}

}
