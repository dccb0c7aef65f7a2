package org.cloakroom.kiosk.web.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's administration API: create, edit, retire and export round-trip; imports
 * are all or nothing, and a refused one names every bad row by its line.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:catalogue-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CatalogueApiIT {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final String HEADER = "id,name,publisher,severity,reason,aliasOf,identifiers,sources\n";

	private static final String SOURCE = "2024-05-01;A test report;https://example.org/report";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void createsEditsRetiresAndExportsAnEntryEachAudited() throws Exception {
		this.mvc.perform(post("/api/v1/catalogue/entries").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"id": "chatty", "name": "Chatty", "publisher": "Chatty Ltd", "severity": "WARN",
							 "reason": "it talks too much",
							 "identifiers": [{"platform": "ANDROID", "identifier": "org.chatty.app"}],
							 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/r"}]}""")
			.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/catalogue/entries/chatty"))
			.andExpect(jsonPath("$.identifiers[0].verified").value(false));
		this.mvc.perform(put("/api/v1/catalogue/entries/chatty").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "Chatty", "publisher": "Chatty Ltd", "severity": "STORE_REQUIRED",
							 "reason": "it talks too much",
							 "identifiers": [{"platform": "ANDROID", "identifier": "org.chatty.app"},
							                 {"platform": "IOS", "identifier": "org.chatty.ios", "verified": true, "evidence": "listing"}],
							 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/r"}]}""")
			.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.severity").value("STORE_REQUIRED"));
		this.mvc.perform(get("/api/v1/catalogue/entries/chatty").with(SignedIn.admin()))
			.andExpect(jsonPath("$.identifiers.length()").value(2))
			.andExpect(jsonPath("$.retired").value(false));
		this.mvc.perform(get("/api/v1/catalogue/export").param("format", "csv").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("flagged-apps.csv")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("chatty,Chatty,Chatty Ltd,STORE_REQUIRED,it talks too much,,"
						+ "android:org.chatty.app;unverified;|ios:org.chatty.ios;verified;listing,")));

		this.mvc
			.perform(post("/api/v1/catalogue/entries/chatty/retire").contentType(MediaType.APPLICATION_JSON)
				.content("{\"because\": \"the report was withdrawn\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(true))
			.andExpect(jsonPath("$.retiredBecause").value("the report was withdrawn"));

		this.mvc.perform(get("/api/v1/catalogue/entries").with(SignedIn.admin()))
			.andExpect(jsonPath("$[*].id", not(hasItem("chatty"))));
		this.mvc.perform(get("/api/v1/catalogue/entries").param("includeRetired", "true").with(SignedIn.admin()))
			.andExpect(jsonPath("$[?(@.id == 'chatty')].retired").value(true));
		this.mvc.perform(get("/api/v1/catalogue/export").with(SignedIn.admin()))
			.andExpect(jsonPath("$.entries[*].id", not(hasItem("chatty"))));
		assertThat(auditTypes("flagged-app:chatty")).containsExactly("FlaggedAppAdded", "FlaggedAppEdited",
				"FlaggedAppRetired");
		assertThat(auditDetails("flagged-app:chatty", "FlaggedAppEdited"))
			.contains("severity: 'WARN' -> 'STORE_REQUIRED'")
			.contains("identifier added: IOS org.chatty.ios (verified)");
		assertThat(List.of("FlaggedAppAdded", "FlaggedAppEdited", "FlaggedAppRetired")).allSatisfy(
				(type) -> assertThat(auditDetails("flagged-app:chatty", type)).as(type).contains("\"by\":\"dana\""));
	}

	@Test
	void aRetiredEntryCannotBeEditedOrRetiredAgainAndAParentWithAliasesCannotBeRetired() throws Exception {
		this.mvc.perform(post("/api/v1/catalogue/entries/wechat/retire").with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("wechat-pay")));
		this.mvc.perform(post("/api/v1/catalogue/entries/douyin/retire").with(SignedIn.admin()))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/catalogue/entries/douyin/retire").with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("RETIRED")));
		this.mvc
			.perform(put("/api/v1/catalogue/entries/douyin").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(SignedIn.admin()))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/catalogue/entries/no-such-app").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("no-such-app")));
	}

	@Test
	void aBadEntryIsRefusedNamingEachFieldAndValue() throws Exception {
		long before = count("flagged_app");
		this.mvc
			.perform(post("/api/v1/catalogue/entries").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"id": "Bad Id", "publisher": "P", "severity": "HIGH", "reason": "r",
						 "identifiers": [{"platform": "WINDOWS", "identifier": "org.x"}],
						 "sources": [{"title": "T", "published": "yesterday", "url": "https://e.org"}]}""")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(
					org.hamcrest.Matchers.containsInAnyOrder("id", "name", "severity", "platform", "source published")))
			.andExpect(jsonPath("$.errors[?(@.field == 'severity')].value").value("HIGH"))
			.andExpect(
					jsonPath("$.errors[?(@.field == 'platform')].message").value(hasItem(containsString("'WINDOWS'"))));
		this.mvc
			.perform(post("/api/v1/catalogue/entries").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"id": "wechat", "name": "W", "publisher": "P", "severity": "WARN", "reason": "r",
						 "identifiers": [{"platform": "ANDROID", "identifier": "org.x"}],
						 "sources": [{"title": "T", "published": "2024-01-01", "url": "https://e.org"}]}""")
				.with(SignedIn.admin()))
			.andExpect(status().isConflict());
		assertThat(count("flagged_app")).isEqualTo(before);
	}

	@Test
	void importsAGoodCsvFileThenReimportingItsExportChangesNothing() throws Exception {
		String file = "ID,Name,Publisher,Severity,Reason,Alias Of,Identifiers,Sources\n" // any
																							// case
				+ "spyware,Spyware,Bad Co,store_required,\"it reads your messages, all of them\",,"
				+ "android:com.bad.spy|android:com.bad.spy.lite;verified;Play listing|ios:com.bad.*," + "\"" + SOURCE
				+ ";seen \\; noted|2023-01-02;Another report;https://example.org/b\"\n"
				+ "spyware-pay,Spyware Pay,Bad Co,WARN,it is Spyware's wallet,spyware,," + SOURCE + "\n";

		this.mvc.perform(post("/api/v1/catalogue/import").contentType(CSV).content(file).with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries").value(2))
			.andExpect(jsonPath("$.created").value(org.hamcrest.Matchers.contains("spyware", "spyware-pay")));

		this.mvc.perform(get("/api/v1/catalogue/entries/spyware").with(SignedIn.admin()))
			.andExpect(jsonPath("$.reason").value("it reads your messages, all of them"))
			.andExpect(jsonPath("$.identifiers.length()").value(3))
			.andExpect(jsonPath("$.sources[?(@.published == '2024-05-01')].note").value("seen ; noted"));
		assertThat(auditDetails("flagged-app-catalogue", "FlaggedAppsImported")).contains("\"count\":2")
			.contains("\"by\":\"dana\"");

		String csv = this.mvc.perform(get("/api/v1/catalogue/export").param("format", "csv").with(SignedIn.admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(post("/api/v1/catalogue/import").contentType(CSV).content(csv).with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").isEmpty())
			.andExpect(jsonPath("$.replaced").isEmpty());
	}

	@Test
	void importsAGoodJsonFileAsAnUploadAndReplacesAChangedEntry() throws Exception {
		String json = """
				{"about": "test",
				 "entries": [
				  {"id": "tracker", "name": "Tracker", "publisher": "T Co", "severity": "WARN", "reason": "it tracks",
				   "identifiers": [{"platform": "IOS", "identifier": "com.t.tracker", "verified": false}],
				   "sources": [{"title": "R", "published": "2022-02-02", "url": "https://example.org/t", "note": null}]}
				 ]}""";
		this.mvc
			.perform(multipart("/api/v1/catalogue/import")
				.file(new MockMultipartFile("file", "catalogue.json", "application/json", json.getBytes()))
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created[0]").value("tracker"));

		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.APPLICATION_JSON)
				.content(json.replace("\"WARN\"", "\"STORE_REQUIRED\""))
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replaced[0]").value("tracker"));
		this.mvc.perform(get("/api/v1/catalogue/entries/tracker").with(SignedIn.admin()))
			.andExpect(jsonPath("$.severity").value("STORE_REQUIRED"));

		String exported = this.mvc.perform(get("/api/v1/catalogue/export").with(SignedIn.admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.APPLICATION_JSON)
				.content(exported)
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").isEmpty())
			.andExpect(jsonPath("$.replaced").isEmpty());
	}

	@Test
	void aCsvWithBadRowsIsRefusedWholeListingEveryRowByLineAndWritesNothing() throws Exception {
		String file = HEADER //
				+ "fine,Fine,P,WARN,\"a reason that spans\ntwo lines\",,android:org.fine," + SOURCE + "\n" // 2-3
				+ "no-name,,P,WARN,r,,android:org.a," + SOURCE + "\n" // 4
				+ "bad-severity,B,P,HIGH,r,,android:org.b," + SOURCE + "\n" // 5
				+ "bad-platform,B,P,WARN,r,,windows:org.c," + SOURCE + "\n" // 6
				+ "bad-identifier,B,P,WARN,r,,android:org..d," + SOURCE + "\n" // 7
				+ "fine,Fine again,P,WARN,r,,android:org.e," + SOURCE + "\n" // 8
				+ "ghost-pay,G,P,WARN,r,ghost,," + SOURCE + "\n" // 9
				+ "bad-date,B,P,WARN,r,,android:org.f,2024-13-45;T;https://example.org\n"; // 10
		Tables before = tables();

		ResultActions refused = this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(CSV).content(file).with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:cloakroom:problem:bad-catalogue"))
			.andExpect(jsonPath("$.errors.length()").value(7));
		expectError(refused, 0, 4, "no-name", "name");
		expectError(refused, 1, 5, "bad-severity", "severity");
		expectError(refused, 2, 6, "bad-platform", "platform");
		expectError(refused, 3, 7, "bad-identifier", "identifiers");
		expectError(refused, 4, 8, "fine", "id");
		expectError(refused, 5, 9, "ghost-pay", "aliasOf");
		expectError(refused, 6, 10, "bad-date", "source published");
		refused.andExpect(jsonPath("$.errors[1].value").value("HIGH"))
			.andExpect(jsonPath("$.errors[4].message").value(containsString("first on line 2")))
			.andExpect(jsonPath("$.errors[6].value").value("2024-13-45"));
		assertThat(tables()).isEqualTo(before);
		assertThat(idsLike("fine")).isEmpty();
	}

	@Test
	void aJsonFileWithBadEntriesIsRefusedWholeListingEveryEntryByLineAndWritesNothing() throws Exception {
		String file = """
				{"entries": [
				 {"id": "fine-json", "name": "F", "publisher": "P", "severity": "WARN", "reason": "r",
				  "identifiers": [{"platform": "ANDROID", "identifier": "org.fine.json"}],
				  "sources": [{"title": "T", "published": "2024-01-01", "url": "https://e.org"}]},
				 {"id": "no-name-json", "publisher": "P", "severity": "WARN", "reason": "r",
				  "identifiers": [{"platform": "ANDROID", "identifier": "org.a"}],
				  "sources": [{"title": "T", "published": "2024-01-01", "url": "https://e.org"}]},
				 {"id": "pay-json", "name": "F", "publisher": "P", "severity": "WARN", "reason": "r", "aliasOf": "nobody",
				  "sources": [{"title": "T", "published": "2024-01-01", "url": "https://e.org"}]},
				 {"id": "fine-json", "name": "F", "publisher": "P", "severity": "WRONG", "reason": "r", "colour": "red",
				  "identifiers": [{"platform": "ANDROID", "identifier": "org.b"}],
				  "sources": [{"title": "T", "published": "1 Jan 2024", "url": "https://e.org"}]}
				]}""";
		Tables before = tables();

		ResultActions refused = this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.APPLICATION_JSON)
				.content(file)
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest());
		refused.andExpect(jsonPath("$.errors[?(@.line == 5)].field").value(hasItem("name")))
			.andExpect(jsonPath("$.errors[?(@.line == 8)].field").value(hasItem("aliasOf")))
			.andExpect(jsonPath("$.errors[?(@.line == 10)].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("id", "severity", "colour", "source published")));
		assertThat(tables()).isEqualTo(before);
		assertThat(idsLike("fine-json")).isEmpty();
	}

	@Test
	void aMalformedFileOrHeaderIsRefusedWithItsLine() throws Exception {
		this.mvc.perform(
				post("/api/v1/catalogue/import").contentType(CSV).content("id,name,colour\n").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("'colour'"))))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("'severity' is missing"))));
		this.mvc.perform(
				post("/api/v1/catalogue/import").contentType(CSV).content(HEADER + "a,\"open\n").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2));
		this.mvc
			.perform(post("/api/v1/catalogue/import").contentType(MediaType.APPLICATION_JSON)
				.content("{\"entries\": [\n{,")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2));
		this.mvc.perform(post("/api/v1/catalogue/import").contentType(CSV).content(HEADER).with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("no entries")));
	}

	private static void expectError(ResultActions result, int index, int line, String entry, String field)
			throws Exception {
		String at = "$.errors[" + index + "].";
		result.andExpect(jsonPath(at + "line").value(line))
			.andExpect(jsonPath(at + "entry").value(entry))
			.andExpect(jsonPath(at + "field").value(field));
	}

	private record Tables(long apps, long identifiers, long sources, long audit) {
	}

	private Tables tables() {
		return new Tables(count("flagged_app"), count("flagged_app_identifier"), count("flagged_app_source"),
				count("audit_event"));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private List<String> idsLike(String id) {
		return this.jdbc.sql("SELECT id FROM flagged_app WHERE id = ?").param(id).query(String.class).list();
	}

	private List<String> auditTypes(String subject) {
		return this.jdbc.sql("SELECT type FROM audit_event WHERE subject = ? ORDER BY sequence")
			.param(subject)
			.query(String.class)
			.list();
	}

	private String auditDetails(String subject, String type) {
		return String.join("\n",
				this.jdbc.sql("SELECT details FROM audit_event WHERE subject = ? AND type = ?")
					.params(subject, type)
					.query(String.class)
					.list());
	}

}
