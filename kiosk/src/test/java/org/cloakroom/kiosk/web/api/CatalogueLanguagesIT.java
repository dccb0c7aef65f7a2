package org.cloakroom.kiosk.web.api;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's words in other languages through the API, export and import: both
 * layouts carry them and take their own export back unchanged; a file written without
 * them (or with fewer languages) keeps those it does not name; a bad language is named.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:catalogue-languages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CatalogueLanguagesIT {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final String SOURCE = "2024-05-01;A test report;https://example.org/report";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSeedsEntriesHaveTheirNameAndReasonInChineseAndSpanish() throws Exception {
		this.mvc.perform(get("/api/v1/catalogue/entries/wechat").with(SignedIn.admin()))
			.andExpect(jsonPath("$.text['zh-CN'].name").value("微信"))
			.andExpect(jsonPath("$.text['zh-CN'].reason", containsString("端到端加密")))
			.andExpect(jsonPath("$.text.es.name").doesNotExist())
			.andExpect(jsonPath("$.text.es.reason", containsString("cifrado de extremo a extremo")));
		for (String language : new String[] { "zh-CN", "es" }) {
			assertThat(this.jdbc.sql("SELECT app_id FROM flagged_app_text WHERE language = ?")
				.param(language)
				.query(String.class)
				.list()).as("the seed's entries with text in " + language)
				.contains("aliexpress", "alipay", "baidu-map", "camscanner", "dingtalk", "douyin", "qq-mail", "shareit",
						"taobao-live", "tencent-qq", "tiktok", "uc-browser", "vmate", "wechat", "weibo", "wps-office",
						"qq-wallet", "wechat-pay");
		}
	}

	@Test
	void bothLayoutsCarryTheLanguagesAndTakeTheirOwnExportBackUnchanged() throws Exception {
		String json = export("json");
		assertThat(json).contains("\"text\" : {").contains("\"zh-CN\" : {").contains("\"name\" : \"微信支付\"");
		String csv = export("csv");
		assertThat(csv.lines().findFirst().orElseThrow())
			.isEqualTo("id,name,publisher,severity,reason,aliasOf,identifiers,sources,"
					+ "name.zh-CN,reason.zh-CN,name.es,reason.es");
		assertThat(csv).contains(",微信,");

		for (String[] file : new String[][] { { json, "application/json" }, { csv, "text/csv" } }) {
			this.mvc
				.perform(post("/api/v1/catalogue/import").contentType(file[1]).content(file[0]).with(SignedIn.admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created").isEmpty())
				.andExpect(jsonPath("$.replaced").isEmpty());
		}
	}

	@Test
	void aFileWithoutALanguageKeepsTheEntrysTextInIt() throws Exception {
		String header = "id,name,publisher,severity,reason,aliasOf,identifiers,sources";
		importCsv(header + "\nlingo,Lingo,L Co,WARN,it listens,,android:org.lingo," + SOURCE + "\n");
		importCsv(header + ",name.zh-CN,reason.zh-CN,reason.es\nlingo,Lingo,L Co,WARN,it listens,,android:org.lingo,"
				+ SOURCE + ",灵歌,它在监听,escucha\n");
		importCsv(header + "\nlingo,Lingo,L Co,WARN,it listens to you,,android:org.lingo," + SOURCE + "\n");
		this.mvc.perform(get("/api/v1/catalogue/entries/lingo").with(SignedIn.admin()))
			.andExpect(jsonPath("$.reason").value("it listens to you"))
			.andExpect(jsonPath("$.text['zh-CN'].name").value("灵歌"))
			.andExpect(jsonPath("$.text.es.reason").value("escucha"));

		importCsv(header + ",reason.es\nlingo,Lingo,L Co,WARN,it listens to you,,android:org.lingo," + SOURCE + ",\n");
		this.mvc.perform(get("/api/v1/catalogue/entries/lingo").with(SignedIn.admin()))
			.andExpect(jsonPath("$.text.es").doesNotExist())
			.andExpect(jsonPath("$.text['zh-CN'].reason").value("它在监听"));

		this.mvc.perform(put("/api/v1/catalogue/entries/lingo").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "Lingo", "publisher": "L Co", "severity": "WARN", "reason": "it listens to you",
							 "text": {"zh-CN": null}, "identifiers": [{"platform": "ANDROID", "identifier": "org.lingo"}],
							 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/report"}]}""")
			.with(SignedIn.admin())).andExpect(status().isOk()).andExpect(jsonPath("$.text").isEmpty());
		assertThat(this.jdbc
			.sql("SELECT details FROM audit_event WHERE subject = 'flagged-app:lingo' "
					+ "AND type = 'FlaggedAppEdited'")
			.query(String.class)
			.single()).contains("name.zh-CN: '灵歌' -> 'null'").contains("reason.zh-CN: '它在监听' -> 'null'");
	}

	@Test
	void aBadLanguageOrANameWithoutItsReasonIsRefusedNamingIt() throws Exception {
		this.mvc
			.perform(post("/api/v1/catalogue/entries").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"id": "polyglot", "name": "Polyglot", "publisher": "P", "severity": "WARN", "reason": "r",
						 "text": {"en": {"reason": "English again"}, "fr-FR": {"name": "Polyglotte"}},
						 "identifiers": [{"platform": "ANDROID", "identifier": "org.poly"}],
						 "sources": [{"title": "T", "published": "2024-01-01", "url": "https://example.org/p"}]}""")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].value").value("en"))
			.andExpect(jsonPath("$.errors[1].field").value("text.fr-FR.reason"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flagged_app WHERE id = 'polyglot'").query(Long.class).single())
			.isZero();
	}

	private String export(String format) throws Exception {
		return this.mvc.perform(get("/api/v1/catalogue/export").param("format", format).with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void importCsv(String file) throws Exception {
		this.mvc.perform(post("/api/v1/catalogue/import").contentType(CSV).content(file).with(SignedIn.admin()))
			.andExpect(status().isOk());
	}

}
