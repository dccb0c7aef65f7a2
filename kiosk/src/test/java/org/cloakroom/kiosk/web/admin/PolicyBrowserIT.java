package org.cloakroom.kiosk.web.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.SignedIn;
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
 * An admin in a real headless Chromium changes the area's mode on the policy page and
 * sees a clean phone's decision (read from {@code /api/v1/phones/{id}/decision}) turn to
 * MUST_STORE; grants that phone an exemption, which clears it, and revokes it with a
 * reason, which stores it again. Every step is in the log in the admin's name.
 * Screenshots under target/screenshots (admin-policy-*.png).
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-policy-browser;DB_CLOSE_DELAY=-1")
class PolicyBrowserIT {

	private static final String PASSWORD = "dana-policy-secret";

	@RegisterExtension
	static final BrowserSession session = BrowserSession.withFiles();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdminChangesTheAreaModeAndGrantsAndRevokesAnExemption() throws Exception {
		this.users.create("dana", ConsoleRole.ADMIN, "temporary-dana", "admin");
		this.users.changeOwnPassword("dana", "temporary-dana", PASSWORD);
		long galaxy = this.jdbc.sql("SELECT id FROM phone WHERE label = 'Galaxy S23'").query(Long.class).single();
		assertThat(verdict(galaxy)).isEqualTo("CLEAR");

		browser.get(session.url("/admin/policy"));
		this.steps.signIn("dana", PASSWORD);
		this.steps.waitFor(By.cssSelector("tr[data-setting=mode] select"));
		assertThat(browser.findElement(By.cssSelector("tr[data-setting=mode] .effect")).getText())
			.startsWith("A phone must be stored when it carries an app the catalogue says must be stored");
		this.steps.screenshot("admin-policy-1-as-configured");

		new Select(browser.findElement(By.id("setting-mode"))).selectByValue("ALL_PHONES");
		this.steps.submit(By.name("save"));
		assertThat(this.steps.waitFor(By.cssSelector("p.done")).getText())
			.isEqualTo("The area policy is saved; the next phone is decided by it.");
		assertThat(browser.findElement(By.cssSelector("tr[data-setting=mode] .effect")).getText())
			.isEqualTo("Every phone must be stored, whatever apps it carries.");
		assertThat(browser.findElement(By.cssSelector("tr[data-setting=mode] .source")).getText())
			.startsWith("Set on the console by dana at ");
		assertThat(verdict(galaxy)).isEqualTo("MUST_STORE");
		this.steps.screenshot("admin-policy-2-every-phone");

		new Select(browser.findElement(By.name("phoneId"))).selectByVisibleText("Galaxy S23 of Alan Turing");
		browser.executeScript("document.querySelector('input[name=expiresAt]').value = '2026-12-24T18:00'");
		browser.findElement(By.name("reason")).sendKeys("Visiting the lab with a dev phone");
		this.steps.submit(By.name("grant"));
		assertThat(this.steps.waitFor(By.cssSelector("p.done")).getText()).isEqualTo("The exemption is granted.");
		By granted = By.cssSelector("table.exemption-list tbody tr[data-state=ACTIVE]");
		assertThat(this.steps.waitFor(granted).getText()).contains("Galaxy S23 of Alan Turing", "2026-12-24T18:00:00Z",
				"Visiting the lab with a dev phone", "dana at ", "Active");
		assertThat(verdict(galaxy)).isEqualTo("CLEAR");
		browser.executeScript("document.querySelector('section.exemptions').scrollIntoView()");
		this.steps.screenshot("admin-policy-3-exemption-granted");

		browser.findElement(By.cssSelector("form.revoke input[name=because]")).sendKeys("Visit over");
		this.steps.submit(By.cssSelector("form.revoke button[name=revoke]"));
		assertThat(this.steps.waitFor(By.cssSelector("p.done")).getText()).isEqualTo("The exemption is revoked.");
		assertThat(this.steps.waitFor(By.cssSelector("table.exemption-list tbody tr[data-state=REVOKED]")).getText())
			.contains("Revoked", "by dana at ");
		assertThat(verdict(galaxy)).isEqualTo("MUST_STORE");
		browser.executeScript("document.querySelector('section.exemptions').scrollIntoView()");
		this.steps.screenshot("admin-policy-4-exemption-revoked");

		assertThat(this.jdbc
			.sql("SELECT type FROM audit_event WHERE type IN ('AreaPolicyChanged', 'ExemptionGranted', "
					+ "'ExemptionRevoked') AND details LIKE '%\"dana\"%' ORDER BY sequence")
			.query(String.class)
			.list()).containsExactly("AreaPolicyChanged", "ExemptionGranted", "ExemptionRevoked");
	}

	/** The phone's decision, as the API tells it to a signed-in admin. */
	private String verdict(long phone) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(session.url("/api/v1/phones/" + phone + "/decision")))
				.header("Authorization", SignedIn.basic("dana", PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JsonPath.read(answer.body(), "$.verdict");
	}

}
