package org.cloakroom.kiosk.web.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's emergency open and return to normal in a real headless Chromium: the typed
 * confirmation, every locker drawn open, the banner; the fire alarm sounding (through the
 * simulation) holds the return to normal off until it reads clear. Each step saves a
 * screenshot under target/screenshots (admin-emergency-*.png).
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-emergency;DB_CLOSE_DELAY=-1")
class EmergencyBrowserIT {

	private static final String PASSWORD = "ines-emergency-secret";

	@RegisterExtension
	static final BrowserSession session = BrowserSession.start();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private SimulatedDoors doors;

	@Test
	void anAdminOpensEveryLockerWithTheTypedConfirmationAndReturnsToNormalOnceTheAlarmIsClear() throws Exception {
		this.users.create("ines", ConsoleRole.ADMIN, "temporary-ines", "admin");
		this.users.changeOwnPassword("ines", "temporary-ines", PASSWORD);

		browser.get(session.url("/admin/lockers"));
		this.steps.signIn("ines", PASSWORD);
		this.steps.waitFor(By.cssSelector("table.locker-bank td[data-locker='12']"));
		assertThat(browser.findElements(By.cssSelector("table.locker-bank tr"))).hasSize(3);
		assertThat(browser.findElements(By.cssSelector("table.locker-bank td[data-state=FREE]"))).hasSize(12);
		this.steps.screenshot("admin-emergency-1-bank");

		this.steps.waitFor(By.cssSelector("form.emergency-open input[name=reason]")).sendKeys("evacuation drill");
		browser.findElement(By.cssSelector("form.emergency-open input[name=confirmation]"))
			.sendKeys("open all lockers");
		this.steps.submit(By.cssSelector("form.emergency-open button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector("p.refusal")).getText()).startsWith("Type OPEN ALL to confirm");
		assertThat(browser.findElements(By.cssSelector(".emergency-banner"))).isEmpty();

		this.steps.waitFor(By.cssSelector("form.emergency-open input[name=reason]")).sendKeys("evacuation drill");
		browser.findElement(By.cssSelector("form.emergency-open input[name=confirmation]")).sendKeys("OPEN ALL");
		this.steps.submit(By.cssSelector("form.emergency-open button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector(".emergency-banner")).getText())
			.isEqualTo("Emergency release: every locker and the area door are open.");
		assertThat(browser.findElement(By.cssSelector(".emergency-in-force")).getText())
			.contains("opened by ines: evacuation drill");
		assertThat(this.doors.isUnlocked(1)).isTrue();
		assertThat(this.doors.isAreaDoorHeldReleased()).isTrue();
		this.steps.screenshot("admin-emergency-2-open");

		fireAlarm(true);
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#bank .fire-alarm"), "Fire-alarm input: ALARM"));
		this.steps.waitFor(By.cssSelector("form.emergency-end input[name=note]")).sendKeys("fire brigade on site");
		this.steps.submit(By.cssSelector("form.emergency-end button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector("p.refusal[role=alert]")).getText())
			.startsWith("The fire-alarm input still reads the alarm");
		assertThat(browser.findElements(By.cssSelector(".emergency-banner"))).hasSize(1);
		this.steps.screenshot("admin-emergency-3-alarm-still-active");

		fireAlarm(false);
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#bank .fire-alarm"), "Fire-alarm input: clear"));
		this.steps.waitFor(By.cssSelector("form.emergency-end input[name=note]")).sendKeys("all clear, doors checked");
		this.steps.submit(By.cssSelector("form.emergency-end button[type=submit]"));
		assertThat(this.steps.waitFor(By.cssSelector("p.done")).getText()).startsWith("Back to normal");
		assertThat(browser.findElements(By.cssSelector(".emergency-banner"))).isEmpty();
		assertThat(this.doors.isUnlocked(1)).isFalse();
		assertThat(this.doors.isAreaDoorHeldReleased()).isFalse();
		this.steps.screenshot("admin-emergency-4-back-to-normal");
	}

	/** As the simulation panel would: drives the fire-alarm input. */
	private void fireAlarm(boolean active) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(session.url("/api/v1/simulation/fire-alarm")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"active\": " + active + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

}
