package org.cloakroom.kiosk.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The imports' refusals: a body past its endpoint's limit is a 413 naming the limit, a
 * type an import does not declare is a 415 (text/plain, which a foreign page may post,
 * never), bytes that are not UTF-8 are a 400 naming line and byte, a file with many bad
 * rows lists the first ones and counts the rest, and an accepted import is audited in a
 * few hundred bytes whatever its size. Limits are small here so that files stay small.
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:import-refusals;DB_CLOSE_DELAY=-1",
		"cloakroom.imports.catalogue-max-size=64KB", "cloakroom.imports.mdm-max-size=2MB",
		"cloakroom.imports.request-max-size=16KB", "cloakroom.imports.max-problems=20" })
@AutoConfigureMockMvc
class ImportRefusalsIT {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final String HEADER = "id,name,publisher,severity,reason,aliasOf,identifiers,sources\n";

	private static final String SOURCE = "2024-05-01;A test report;https://example.org/report";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aBodyLongerThanItsEndpointsLimitIsA413NamingTheLimitBeforeAnythingIsRead() throws Exception {
		long audited = count("audit_event");

		this.mvc.perform(
				post("/api/v1/catalogue/import").contentType(CSV).content(new byte[65 * 1024]).with(SignedIn.admin()))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:cloakroom:problem:too-large"))
			.andExpect(jsonPath("$.limit").value(65536))
			.andExpect(jsonPath("$.property").value("cloakroom.imports.catalogue-max-size"))
			.andExpect(jsonPath("$.detail").value(containsString("64 KB")));
		this.mvc
			.perform(post("/api/v1/mdm/imports").param("format", "generic-csv")
				.contentType(CSV)
				.content(new byte[(2 << 20) + 1])
				.with(SignedIn.admin()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.property").value("cloakroom.imports.mdm-max-size"));
		this.mvc
			.perform(post("/api/v1/catalogue/entries").contentType(MediaType.APPLICATION_JSON)
				.content(new byte[17 * 1024])
				.with(SignedIn.admin()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.property").value("cloakroom.imports.request-max-size"));
		assertThat(count("audit_event")).isEqualTo(audited);
	}

	@Test
	void importsRefuseTextPlainAndEveryTypeTheyDoNotDeclare() throws Exception {
		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.TEXT_PLAIN)
				.content(HEADER)
				.with(SignedIn.admin()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.status").value(415))
			.andExpect(jsonPath("$.detail").value(
					"the catalogue import is sent as text/csv or application/json or multipart/form-data, not text/plain"));
		this.mvc
			.perform(post("/api/v1/mdm/imports").param("format", "generic-csv")
				.contentType(MediaType.TEXT_PLAIN)
				.content("device,platform,app_id\n")
				.with(SignedIn.admin()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("format generic-csv is sent as text/csv, not text/plain"));
		this.mvc.perform(
				post("/api/v1/mdm/inventories").contentType(MediaType.TEXT_PLAIN).content("[]").with(SignedIn.admin()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("format generic-json is sent as application/json, not text/plain"));
		this.mvc
			.perform(post("/api/v1/mdm/imports").param("format", "intune")
				.contentType(MediaType.APPLICATION_JSON)
				.content("[]")
				.with(SignedIn.admin()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(header().string("Accept", containsString("application/zip")))
			.andExpect(jsonPath("$.detail")
				.value("format intune is sent as text/csv or application/zip, not application/json"));
		this.mvc
			.perform(post("/api/v1/mdm/imports").param("format", "jamf")
				.contentType(CSV)
				.content("x")
				.with(SignedIn.admin()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("format jamf is sent as application/json, not text/csv"));
	}

	@Test
	void theCatalogueImportRefusesBytesThatAreNotUtf8NamingLineAndByte() throws Exception {
		long entries = count("flagged_app");
		byte[] latin1 = (HEADER + "cafe-chat,Caf\u00e9 Chat,P,WARN,r,,android:org.cafe," + SOURCE + "\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		int offset = HEADER.length() + "cafe-chat,Caf".length();

		this.mvc.perform(post("/api/v1/catalogue/import").contentType(CSV).content(latin1).with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("encoding"))
			.andExpect(jsonPath("$.errors[0].value").value(String.valueOf(offset)))
			.andExpect(jsonPath("$.detail").value(containsString("line 2: byte " + offset + " (0xE9) is not UTF-8")));
		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.APPLICATION_JSON)
				.content("[\n{\"id\": \"Caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1))
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("byte 13 (0xE9) is not UTF-8")));
		assertThat(count("flagged_app")).isEqualTo(entries);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM flagged_app WHERE name LIKE '%\uFFFD%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aMalformedCatalogueCsvNamesItsLineOnce() throws Exception {
		this.mvc.perform(
				post("/api/v1/catalogue/import").contentType(CSV).content(HEADER + "a,\"open\n").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("a quoted field is never closed"))
			.andExpect(jsonPath("$.detail").value(containsString("line 2: a quoted field is never closed")))
			.andExpect(jsonPath("$.detail").value(not(containsString("line 2: line 2"))));
	}

	@Test
	void aFileWithThousandsOfBadRowsListsTheFirstAndCountsTheRest() throws Exception {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 500; i++) {
			file.append("bad-").append(i).append(",B,P,HIGH,r,,android:org.b").append(i).append(',').append(SOURCE);
			file.append('\n');
		}

		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(CSV).content(file.toString()).with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(20))
			.andExpect(jsonPath("$.moreErrors").value(480))
			.andExpect(jsonPath("$.detail").value(containsString("500 problem(s)")))
			.andExpect(jsonPath("$.detail").value(containsString("; and 497 more")));
		StringBuilder mdm = new StringBuilder("device,platform,app_id\n");
		for (int i = 0; i < 1_000; i++) {
			mdm.append("D").append(i).append(",PALM,com.example.a\n");
		}
		this.mvc
			.perform(post("/api/v1/mdm/imports").param("format", "generic-csv")
				.contentType(CSV)
				.content(mdm.toString())
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems.length()").value(20))
			.andExpect(jsonPath("$.moreProblems").value(980))
			.andExpect(jsonPath("$.detail").value(containsString("1,000 problems")));
	}

	@Test
	void anAcceptedImportOfManyUnmatchedRowsIsAuditedInAFewHundredBytes() throws Exception {
		StringBuilder file = new StringBuilder("device,platform,app_id\n");
		for (int i = 0; i < 40_000; i++) {
			file.append("UNKNOWN-").append(i).append(",ANDROID,com.example.app").append(i % 50).append('\n');
		}

		this.mvc
			.perform(post("/api/v1/mdm/imports").param("format", "generic-csv")
				.contentType(CSV)
				.content(file.toString())
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(40_000))
			.andExpect(jsonPath("$.unmatchedRows").value(40_000))
			.andExpect(jsonPath("$.unmatched.length()").value(20))
			.andExpect(jsonPath("$.note").value(containsString("the first 20 such devices are listed")));

		String details = this.jdbc.sql("SELECT details FROM audit_event WHERE type = 'InventoriesImported'")
			.query(String.class)
			.single();
		assertThat(details).contains("\"unmatchedRows\":40000").contains("\"fileSha256\":\"").hasSizeLessThan(600);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
