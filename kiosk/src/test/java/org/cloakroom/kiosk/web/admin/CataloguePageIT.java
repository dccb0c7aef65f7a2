package org.cloakroom.kiosk.web.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin console's catalogue section: the list and its search, add and edit with the
 * text in each kiosk language (a refused form comes back as typed with its problems),
 * retire with a reason, and an import previewed (nothing written) then applied from the
 * file kept in the session; each change audited in the signed-in admin's name; only
 * admins get in.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:catalogue-page;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CataloguePageIT {

	private static final String CSV = "id,name,publisher,severity,reason,aliasOf,identifiers,sources,reason.es\n"
			+ "pagetracker,Page Tracker,T Co,WARN,it tracks,,android:org.page.tracker,"
			+ "2024-05-01;A test report;https://example.org/r,lo rastrea\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theListSearchesByNameIdentifierOrLocalName() throws Exception {
		this.mvc.perform(get("/admin/catalogue").param("q", "微信").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-entry=\"wechat\"")))
			.andExpect(content().string(containsString("data-entry=\"wechat-pay\"")))
			.andExpect(content().string(not(containsString("data-entry=\"tiktok\""))));
		this.mvc.perform(get("/admin/catalogue").param("q", "com.zhiliaoapp").with(SignedIn.admin()))
			.andExpect(content().string(containsString("data-entry=\"tiktok\"")));
	}

	@Test
	void onlyAnAdminGetsIn() throws Exception {
		for (var role : List.of(SignedIn.officer(), SignedIn.auditor())) {
			this.mvc.perform(get("/admin/catalogue").with(role)).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/catalogue/new").param("id", "x").with(role).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anAdminAddsAnEntryWithItsLanguagesThenRetiresItEachAuditedInTheirName() throws Exception {
		this.mvc
			.perform(post("/admin/catalogue/new").params(entryForm("formapp", "2024-01-31"))
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/catalogue/formapp"));
		assertThat(this.jdbc.sql("SELECT name FROM flagged_app_text WHERE app_id = 'formapp' AND language = 'zh-CN'")
			.query(String.class)
			.single()).isEqualTo("表单应用");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flagged_app_text WHERE app_id = 'formapp'")
			.query(Long.class)
			.single()).as("the blank Spanish rows add nothing").isEqualTo(1);

		this.mvc
			.perform(post("/admin/catalogue/formapp/retire").param("because", "").with(SignedIn.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the entry is retired.")));
		this.mvc
			.perform(post("/admin/catalogue/formapp/retire").param("because", "a test entry")
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/catalogue"));
		assertThat(this.jdbc
			.sql("SELECT type FROM audit_event WHERE subject = 'flagged-app:formapp' AND details LIKE ? "
					+ "ORDER BY sequence")
			.param("%\"by\":\"dana\"%")
			.query(String.class)
			.list()).containsExactly("FlaggedAppAdded", "FlaggedAppRetired");
	}

	@Test
	void aRefusedFormComesBackAsTypedWithEveryProblem() throws Exception {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
		var badForm = entryForm("badapp", "31/01/2024");
		badForm.set("sources[0].url", "ftp://example.org");
		this.mvc.perform(post("/admin/catalogue/new").params(badForm).with(SignedIn.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("source published &#39;31/01/2024&#39;")))
			.andExpect(content().string(containsString("is not an http(s) address")))
			.andExpect(content().string(containsString("value=\"表单应用\"")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flagged_app WHERE id = 'badapp'").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anImportIsPreviewedWithoutWritingThenAppliedFromTheSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		List<Long> before = counts();
		MvcResult preview = this.mvc
			.perform(multipart("/admin/catalogue/import/preview")
				.file(new MockMultipartFile("file", "more.csv", "text/csv", CSV.getBytes()))
				.session(session)
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Added: 1")))
			.andExpect(content().string(containsString("Page Tracker (pagetracker)")))
			.andReturn();
		assertThat(counts()).isEqualTo(before);
		String sha = preview.getResponse()
			.getContentAsString()
			.replaceFirst("(?s).*name=\"sha256\" value=\"([0-9a-f]{64})\".*", "$1");

		this.mvc
			.perform(post("/admin/catalogue/import/apply").param("sha256", "0".repeat(64))
				.session(session)
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(content().string(containsString("no longer the one previewed")));
		assertThat(counts()).isEqualTo(before);
		this.mvc
			.perform(post("/admin/catalogue/import/apply").param("sha256", sha)
				.session(session)
				.with(SignedIn.admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/catalogue"));
		assertThat(this.jdbc.sql("SELECT reason FROM flagged_app_text WHERE app_id = 'pagetracker'")
			.query(String.class)
			.single()).isEqualTo("lo rastrea");
		assertThat(session.getAttribute(PendingCatalogueImport.SESSION_KEY)).isNull();
	}

	private static org.springframework.util.MultiValueMap<String, String> entryForm(String id, String published) {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("id", id);
		form.add("name", "Form App");
		form.add("publisher", "Form Co");
		form.add("severity", "STORE_REQUIRED");
		form.add("reason", "it was added through the console");
		form.add("identifiers", "android:org.form." + id + "\nios:org.form.ios;verified;App Store listing");
		form.add("sources[0].title", "A test report");
		form.add("sources[0].published", published);
		form.add("sources[0].url", "https://example.org/form");
		form.add("sources[1].title", "");
		form.add("text[0].language", "zh-CN");
		form.add("text[0].name", "表单应用");
		form.add("text[0].reason", "它是通过控制台添加的");
		form.add("text[1].language", "es");
		form.add("text[1].name", "");
		form.add("text[1].reason", "");
		return form;
	}

	private List<Long> counts() {
		return List.of("flagged_app", "flagged_app_identifier", "flagged_app_source", "flagged_app_text", "audit_event")
			.stream()
			.map((table) -> this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
			.toList();
	}

}
