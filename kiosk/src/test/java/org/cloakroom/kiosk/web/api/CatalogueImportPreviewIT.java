package org.cloakroom.kiosk.web.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import preview: what a file would add, change (naming the fields) and retire,
 * computed without writing a row or an audit event; the import of the same file then does
 * exactly that. Only an admin may ask.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:catalogue-preview;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CatalogueImportPreviewIT {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final String SOURCE = "2024-05-01;A test report;https://example.org/report";

	private static final String FILE = "id,name,publisher,severity,reason,aliasOf,identifiers,sources,reason.es\n"
			+ "spyware,Spyware,Bad Co,STORE_REQUIRED,it reads your messages,,android:com.bad.spy," + SOURCE
			+ ",lee sus mensajes\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Test
	void aPreviewSaysWhatTheImportWouldDoAndWritesNothingThenTheImportDoesIt() throws Exception {
		String file = wholeCatalogueFile();
		List<Long> before = counts();

		this.mvc
			.perform(multipart("/api/v1/catalogue/import/preview")
				.file(new MockMultipartFile("file", "catalogue.json", "application/json", file.getBytes()))
				.param("retireMissing", "true")
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries").value(3))
			.andExpect(jsonPath("$.added[*].id", contains("spyware")))
			.andExpect(jsonPath("$.changed[*].id", contains("wechat")))
			.andExpect(jsonPath("$.changed[0].fields", contains("reason.es")))
			.andExpect(jsonPath("$.changed[0].changes[0]", startsWith("reason.es: 'sus mensajes")))
			.andExpect(jsonPath("$.unchanged", contains("wechat-pay")))
			.andExpect(jsonPath("$.retired", hasSize(16)))
			.andExpect(jsonPath("$.retired[*].id", hasItems("qq-wallet", "tencent-qq")))
			.andExpect(jsonPath("$.fileSha256").isString());
		assertThat(counts()).as("flagged_app, its identifiers, sources and text, and the audit log").isEqualTo(before);

		this.mvc
			.perform(post("/api/v1/catalogue/import").param("retireMissing", "true")
				.contentType(MediaType.APPLICATION_JSON)
				.content(file)
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created", contains("spyware")))
			.andExpect(jsonPath("$.replaced", contains("wechat")))
			.andExpect(jsonPath("$.unchanged", contains("wechat-pay")))
			.andExpect(jsonPath("$.retired", hasSize(16)));
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM flagged_app WHERE retired_at IS NULL").query(Long.class).single())
			.isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT reason FROM flagged_app_text WHERE app_id = 'wechat' AND language = 'es'")
			.query(String.class)
			.single()).isEqualTo("otra razón");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = 'FlaggedAppRetired' AND details LIKE ?")
			.param("%\"by\":\"dana\"%")
			.query(Long.class)
			.single()).isEqualTo(16);
	}

	@Test
	void aPreviewOfAFileThatChangesNothingSaysSo() throws Exception {
		String exported = this.mvc.perform(get("/api/v1/catalogue/export").with(SignedIn.admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post("/api/v1/catalogue/import/preview").contentType(MediaType.APPLICATION_JSON)
				.content(exported)
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").isEmpty())
			.andExpect(jsonPath("$.changed").isEmpty())
			.andExpect(jsonPath("$.retired").isEmpty())
			.andExpect(jsonPath("$.changesNothing").value(true));
	}

	@Test
	void aPreviewOfABadFileIsRefusedAsTheImportWouldBe() throws Exception {
		List<Long> before = counts();
		this.mvc
			.perform(post("/api/v1/catalogue/import/preview").contentType(CSV)
				.content("id,name,publisher,severity,reason,aliasOf,identifiers,sources,reason.xx-!!\n")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("header"))
			.andExpect(jsonPath("$.errors[0].value").value("reason.xx-!!"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void onlyAnAdminMayPreview() throws Exception {
		for (var role : List.of(SignedIn.officer(), SignedIn.auditor())) {
			this.mvc.perform(post("/api/v1/catalogue/import/preview").contentType(CSV).content(FILE).with(role))
				.andExpect(status().isForbidden());
		}
	}

	/**
	 * The export's WeChat (its Spanish reason changed) and WeChat Pay, and a new entry:
	 * as the whole catalogue, the 16 other entries of the seed would be retired.
	 */
	private String wholeCatalogueFile() throws Exception {
		JsonNode exported = this.json.readTree(this.mvc.perform(get("/api/v1/catalogue/export").with(SignedIn.admin()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		ArrayNode entries = this.json.createArrayNode();
		for (JsonNode entry : exported.get("entries")) {
			String id = entry.get("id").asString();
			if (id.equals("wechat")) {
				((ObjectNode) entry.get("text").get("es")).put("reason", "otra razón");
			}
			if (id.startsWith("wechat")) {
				entries.add(entry);
			}
		}
		entries.add(this.json.readTree(
				"""
						{"id": "spyware", "name": "Spyware", "publisher": "Bad Co", "severity": "STORE_REQUIRED",
						 "reason": "it reads your messages", "text": {"es": {"reason": "lee sus mensajes"}},
						 "identifiers": [{"platform": "ANDROID", "identifier": "com.bad.spy"}],
						 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/r"}]}"""));
		return this.json.writeValueAsString(this.json.createObjectNode().set("entries", entries));
	}

	private List<Long> counts() {
		return List.of("flagged_app", "flagged_app_identifier", "flagged_app_source", "flagged_app_text", "audit_event")
			.stream()
			.map((table) -> this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
			.toList();
	}

}
