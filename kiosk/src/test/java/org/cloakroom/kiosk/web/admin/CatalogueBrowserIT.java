package org.cloakroom.kiosk.web.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue section in a real headless Chromium: an admin signs in, adds a flagged
 * app (with its Chinese text) that Tim's Fairphone carries, and the phone's decision
 * turns from CLEAR to MUST_STORE; then imports a file, reading its preview before
 * applying it. Each step saves a screenshot under target/screenshots
 * (admin-catalogue-*.png).
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:catalogue-browser;DB_CLOSE_DELAY=-1")
class CatalogueBrowserIT {

	private static final String PASSWORD = "alma-catalogue-secret";

	@RegisterExtension
	static final BrowserSession session = BrowserSession.withFiles();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Test
	void anAdminAddsAFlaggedAppAPhoneCarriesAndItsDecisionChangesThenImportsAFileAfterItsPreview() throws Exception {
		this.users.create("alma", ConsoleRole.ADMIN, "temporary-alma", "admin");
		this.users.changeOwnPassword("alma", "temporary-alma", PASSWORD);
		long fairphone = this.jdbc.sql("SELECT id FROM phone WHERE label = 'Fairphone 5'").query(Long.class).single();
		assertThat(decision(fairphone).get("verdict").asString()).isEqualTo("CLEAR");

		browser.get(session.url("/admin/catalogue"));
		this.steps.signIn("alma", PASSWORD);
		this.steps.waitFor(By.cssSelector("tr[data-entry=wechat]"));
		this.steps.screenshot("admin-catalogue-1-list");

		this.steps.clickWhenReady(By.id("add-entry"));
		this.steps.waitFor(By.id("entry-id")).sendKeys("fdroid-test");
		type("entry-name", "F-Droid");
		type("entry-publisher", "F-Droid Limited");
		type("entry-reason", "a test entry added through the admin console");
		type("entry-identifiers", "android:org.fdroid.fdroid");
		type("source-title-0", "A test report");
		browser.executeScript("arguments[0].value = '2024-05-01'", browser.findElement(By.id("source-published-0")));
		type("source-url-0", "https://example.org/fdroid");
		type("text-name-0", "F-Droid 应用商店");
		type("text-reason-0", "这是通过管理控制台添加的测试条目");
		this.steps.screenshot("admin-catalogue-2-add");
		this.steps.clickWhenReady(By.id("save-entry"));
		assertThat(this.steps.waitFor(By.id("saved")).getText()).contains("fdroid-test");
		this.steps.screenshot("admin-catalogue-3-saved");

		JsonNode after = decision(fairphone);
		assertThat(after.get("verdict").asString()).isEqualTo("MUST_STORE");
		assertThat(after.get("reasons").get(0).get("catalogueEntry").asString()).isEqualTo("fdroid-test");
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE subject = 'flagged-app:fdroid-test'")
			.query(String.class)
			.single()).contains("\"by\":\"alma\"");

		Path file = session.files().resolve("more-apps.csv");
		Files.writeString(file,
				"id,name,publisher,severity,reason,aliasOf,identifiers,sources,name.zh-CN,reason.zh-CN\n"
						+ "browser-import,Imported App,I Co,WARN,it was imported,,android:org.imported.app,"
						+ "2024-06-01;An import report;https://example.org/import,导入的应用,它是导入的\n",
				StandardCharsets.UTF_8);
		browser.get(session.url("/admin/catalogue"));
		this.steps.clickWhenReady(By.id("import-file"));
		this.steps.waitFor(By.id("import-file-input")).sendKeys(file.toString());
		this.steps.clickWhenReady(By.id("preview-import"));
		WebElement preview = this.steps.waitFor(By.id("preview"));
		assertThat(preview.getText()).contains("Added: 1", "Imported App (browser-import)", "Changed: 0", "Retired: 0");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flagged_app WHERE id = 'browser-import'")
			.query(Long.class)
			.single()).as("nothing written by the preview").isZero();
		this.steps.screenshot("admin-catalogue-4-preview");

		this.steps.clickWhenReady(By.id("apply-import"));
		assertThat(this.steps.waitFor(By.id("import-result")).getText()).contains("1 added");
		this.steps.waitFor(By.cssSelector("tr[data-entry=browser-import]"));
		this.steps.screenshot("admin-catalogue-5-imported");
		assertThat(this.jdbc.sql("SELECT name FROM flagged_app_text WHERE app_id = 'browser-import'")
			.query(String.class)
			.single()).isEqualTo("导入的应用");
	}

	private void type(String id, String text) {
		browser.findElement(By.id(id)).sendKeys(text);
	}

	private JsonNode decision(long phone) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(session.url("/api/v1/phones/" + phone + "/decision")))
				.header("Authorization", SignedIn.adminBasic())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}

}
