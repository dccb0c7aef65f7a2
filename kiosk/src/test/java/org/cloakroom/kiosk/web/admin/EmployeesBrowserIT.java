package org.cloakroom.kiosk.web.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in a real headless Chromium enrols an employee with a phone and an IRK (never
 * shown again), declares its apps and reads its decision with its reasons and what would
 * change it; then imports an MDM file: the preview first (nothing written), then apply.
 * Each step saves a screenshot under target/screenshots (admin-employees-*.png).
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-employees-browser;DB_CLOSE_DELAY=-1")
class EmployeesBrowserIT {

	private static final String PASSWORD = "dana-employees-secret";

	/** The IRK of the Core Specification's sample data (Vol 3, Part H, D.7). */
	private static final String IRK_HEX = "ec0234a357c8ad05341010a60a397d9b";

	@RegisterExtension
	static final BrowserSession session = BrowserSession.withFiles();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdminEnrolsAnEmployeeWithAPhoneAndSeesItsDecisionThenImportsFromMdmWithAPreview() throws Exception {
		this.users.create("dana", ConsoleRole.ADMIN, "temporary-dana", "admin");
		this.users.changeOwnPassword("dana", "temporary-dana", PASSWORD);
		browser.get(session.url("/admin/employees"));
		this.steps.signIn("dana", PASSWORD);
		browser.get(session.url("/admin/employees"));

		this.steps.waitFor(By.cssSelector(".employee-enrol input[name=name]")).sendKeys("Katherine Johnson");
		browser.findElement(By.cssSelector(".employee-enrol input[name=badgeId]")).sendKeys("B-9901");
		browser.findElement(By.cssSelector(".employee-enrol input[name=pin]")).sendKeys("24680");
		new Select(browser.findElement(By.cssSelector(".employee-enrol select[name=language]"))).selectByValue("es");
		this.steps.screenshot("admin-employees-1-enrol");
		this.steps.submit(By.cssSelector(".employee-enrol button[type=submit]"));
		this.steps.waitForText(By.tagName("h1"), "Katherine Johnson");
		assertThat(browser.findElement(By.cssSelector(".employee-status")).getText()).isEqualTo("Active, badge B-9901");

		this.steps.waitFor(By.cssSelector(".employee-phones input[name=label]")).sendKeys("Pixel 9");
		browser.findElement(By.cssSelector(".employee-phones input[name=serial]")).sendKeys("SER-9901");
		this.steps.submit(By.cssSelector(".employee-phones button[type=submit]"));
		this.steps.waitForText(By.tagName("h1"), "Pixel 9 (ANDROID)");

		this.steps.waitFor(By.cssSelector(".identity-form input[name=key]")).sendKeys(IRK_HEX);
		this.steps.submit(By.cssSelector(".identity-form button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector(".phone-identities td.fingerprint")).getText())
			.matches("[0-9a-f]{4}:[0-9a-f]{4}");
		assertThat(browser.getPageSource()).as("an IRK is never shown again").doesNotContainIgnoringCase(IRK_HEX);

		this.steps.waitFor(By.cssSelector(".phone-inventories textarea[name=apps]")).sendKeys("com.tencent.mm");
		this.steps.submit(By.cssSelector(".phone-inventories button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector(".phone-decision .verdict")).getText())
			.isEqualTo("must be stored");
		assertThat(browser.findElement(By.cssSelector(".plain-reasons")).getText()).contains("WeChat");
		assertThat(browser.findElement(By.cssSelector(".decision-changes")).getText())
			.contains("Removing WeChat (com.tencent.mm): clear to enter", "An exemption: clear to enter");
		this.steps.screenshot("admin-employees-2-phone-decision");
		String phonePage = browser.getCurrentUrl();

		long inventories = count("app_inventory");
		Path csv = session.files().resolve("acme.csv");
		Files.writeString(csv,
				"device,platform,app_id\nSER-9901,ANDROID,com.whatsapp\nSER-9901,ANDROID,com.tencent.mm\n",
				StandardCharsets.UTF_8);
		browser.get(session.url("/admin/employees/mdm"));
		new Select(this.steps.waitFor(By.cssSelector(".mdm-upload select[name=format]"))).selectByValue("GENERIC_CSV");
		browser.findElement(By.cssSelector(".mdm-upload input[name=mdm]")).sendKeys("acme");
		browser.findElement(By.cssSelector(".mdm-upload input[name=file]")).sendKeys(csv.toString());
		this.steps.submit(By.cssSelector(".mdm-upload button[type=submit]"));
		String preview = this.steps.waitFor(By.cssSelector(".mdm-preview table")).getText();
		assertThat(preview).contains("Pixel 9", "com.whatsapp", "WeChat (com.tencent.mm)");
		assertThat(count("app_inventory")).as("the preview writes nothing").isEqualTo(inventories);
		this.steps.screenshot("admin-employees-3-mdm-preview");

		this.steps.submit(By.cssSelector(".mdm-preview button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector(".mdm-result .done")).getText())
			.startsWith("Imported: 1 phones got a new inventory from 2 rows");
		assertThat(count("app_inventory")).isEqualTo(inventories + 1);
		this.steps.screenshot("admin-employees-4-mdm-applied");

		browser.get(phonePage);
		assertThat(this.steps.waitFor(By.cssSelector(".phone-inventories tr.current")).getText())
			.contains("MDM import (acme)", "com.tencent.mm, com.whatsapp");
		this.steps.screenshot("admin-employees-5-phone-after-import");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
