package org.cloakroom.kiosk.web.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.evidence.BundleReport;
import org.cloakroom.kiosk.audit.evidence.BundleVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/audit/evidence}: a zip named by its entries that verifies offline,
 * its export audited in the signed-in user's name; a range it cannot serve is a problem
 * naming what is wrong.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:evidence-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EvidenceApiIT {

	@TempDir
	Path temp;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuditLog log;

	@Test
	void anOfficerDownloadsABundleThatVerifiesAndTheLogNamesTheExport() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/audit/evidence").param("fromSequence", "2")
				.param("toSequence", "4")
				.with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"cloakroom-evidence-000000000002-000000000004.zip\""))
			.andReturn()
			.getResponse();
		Path bundle = Files.write(this.temp.resolve("bundle.zip"), response.getContentAsByteArray());

		BundleReport report = BundleVerification.verify(bundle, List.of(), null);
		assertThat(report.problems()).isEmpty();
		assertThat(report.events()).isEqualTo(3);
		AuditEntry exported = this.log.latest(1).get(0);
		assertThat(exported.type()).isEqualTo("EvidenceExported");
		assertThat(exported.details()).contains("\"by\":\"oscar\"", "\"fromSequence\":2", "\"toSequence\":4");
	}

	@Test
	void withoutABoundItHoldsTheWholeLog() throws Exception {
		long newest = this.log.latest(1).get(0).sequence();
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/audit/evidence").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		BundleReport report = BundleVerification
			.verify(Files.write(this.temp.resolve("all.zip"), response.getContentAsByteArray()), List.of(), null);
		assertThat(report.problems()).isEmpty();
		assertThat(report.events()).isEqualTo(newest);
		assertThat(report.chainFrom()).isEqualTo(1);
	}

	@Test
	void aTimeRangeIsGivenAsIsoInstants() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit/evidence").param("from", "2000-01-01T00:00:00Z")
				.param("to", "2100-01-01T00:00:00Z")
				.with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"));
	}

	@Test
	void aRangeItCannotServeIsAProblemNamingWhatIsWrong() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit/evidence").param("fromSequence", "5")
				.param("toSequence", "3")
				.with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("fromSequence (5) must come before toSequence (3)"));
		this.mvc.perform(get("/api/v1/audit/evidence").param("fromSequence", "0").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("fromSequence must be at least 1, got 0"));
		this.mvc.perform(get("/api/v1/audit/evidence").param("from", "yesterday").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("from")));
		this.mvc.perform(get("/api/v1/audit/evidence").param("fromSequence", "999999999").with(SignedIn.auditor()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No audit log entry lies in the range asked for"));
	}

}
