package org.cloakroom.kiosk.web.officer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.alert.Alert;
import org.cloakroom.kiosk.alert.AlertFilter;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.alert.AlertStatus;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts queue in a real headless Chromium: an officer signed in on the landing page
 * sees a forced locker door arrive live (the list, the header counts and the audible
 * cue), acknowledges it with a note, and the counts change. Screenshots land in
 * target/screenshots.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:alerts-browser;DB_CLOSE_DELAY=-1")
class AlertsBrowserIT {

	private static final String PASSWORD = "olivia-browser-secret";

	private static final Duration WAIT = Duration.ofSeconds(10);

	@RegisterExtension
	static final BrowserSession session = BrowserSession.start();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private AlertQueue queue;

	@Test
	void anOfficerSeesAForcedDoorArriveLiveAndAcknowledgesItWithANote() throws Exception {
		this.users.create("olivia", ConsoleRole.OFFICER, "temporary-olivia", "admin");
		this.users.changeOwnPassword("olivia", "temporary-olivia", PASSWORD);
		long openBefore = this.queue.counts().open();

		browser.get(session.url("/officer"));
		this.steps.signIn("olivia", PASSWORD);
		this.steps.waitFor(By.cssSelector("#alert-list"));
		this.steps.waitFor(By.cssSelector(".alerts-live[data-stream-open=true]"));
		assertThat(counts()).isEqualTo(openBefore + " open · 0 acknowledged");
		this.steps.screenshot("alerts-before");

		forceDoor(4);
		WebElement row = this.steps
			.waitFor(By.xpath("//section[@id='alert-list']//tr[td[text()='LockerForced'] and td[text()='locker 4']]"));
		assertThat(row.getText()).contains("High", "Open");
		waitUntilCounts((openBefore + 1) + " open · 0 acknowledged");
		assertThat(browser.findElement(By.cssSelector(".alerts-live")).getDomAttribute("data-alert-cues"))
			.as("the audible cue played once")
			.isEqualTo("1");
		this.steps.screenshot("alerts-arrived");

		Alert forced = this.queue.list(AlertFilter.all(), null, 1).alerts().get(0);
		this.steps.clickWhenReady(By.cssSelector("tr[data-alert='" + forced.id() + "'] button"));
		WebElement note = this.steps.waitFor(By.cssSelector("#alert-detail textarea[name=note]"));
		note.sendKeys("Locker 4 checked: the door was pulled, nothing taken");
		this.steps.clickWhenReady(By.cssSelector("#alert-detail button[name=acknowledge]"));
		WebElement acknowledged = this.steps.waitFor(By.cssSelector("#alert-detail .acknowledged"));
		assertThat(acknowledged.getText()).startsWith("Acknowledged by olivia at ")
			.endsWith(": Locker 4 checked: the door was pulled, nothing taken");
		waitUntilCounts(openBefore + " open · 1 acknowledged");
		new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.cssSelector("tr[data-alert='" + forced.id() + "']"))
				.getDomAttribute("data-status")
				.equals("ACKNOWLEDGED"));
		this.steps.screenshot("alerts-acknowledged");

		Alert stored = this.queue.get(forced.id());
		assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
		assertThat(stored.acknowledged().by()).isEqualTo("olivia");
	}

	/** As the simulation panel does: the kiosk's own call, from loopback. */
	private void forceDoor(int locker) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		for (boolean open : new boolean[] { true, false }) {
			HttpResponse<String> answer = http
				.send(HttpRequest.newBuilder(URI.create(session.url("/api/v1/simulation/lockers/" + locker + "/door")))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"open\": " + open + "}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		}
	}

	private String counts() {
		return browser.findElement(By.id("alert-counts")).getText();
	}

	private void waitUntilCounts(String expected) {
		new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "the header shows: " + counts())
			.until((driver) -> counts().equals(expected));
	}

}
