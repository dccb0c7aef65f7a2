package org.cloakroom.kiosk.web.officer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.web.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timelines and charts in a real headless Chromium, under the real
 * Content-Security-Policy: an officer finds Ada by name after her visit, reads her
 * timeline in words, and sees the charts' bars drawn and coloured by the stylesheet (the
 * policy allows no inline style). Screenshots land in target/screenshots.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:timelines-browser;DB_CLOSE_DELAY=-1")
class TimelinesBrowserIT {

	@RegisterExtension
	static final BrowserSession session = BrowserSession.start();

	private final ChromeDriver browser = session.driver();

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private MutableClock clock;

	@Autowired
	private VirtualRadio radio;

	@Test
	void anOfficerFindsAdaReadsHerTimelineAndSeesTheCharts() throws IOException {
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);
		world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.start(new Identification("100001", "1111"));
		int locker = this.checkIns.store(checkIn.id()).storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);

		browser.get(session.url("/officer/timelines"));
		waitFor(By.name("username")).sendKeys("admin");
		browser.findElement(By.name("password")).sendKeys(SignedIn.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		browser.get(session.url("/officer/timelines"));
		waitFor(By.name("q")).sendKeys("lovelace");
		browser.findElement(By.cssSelector("form.timeline-find button[type=submit]")).click();
		waitFor(By.linkText("Employee Ada Lovelace")).click();

		String timeline = waitFor(By.cssSelector(".timeline-day")).getText();
		assertThat(timeline).contains("Visit from", "Ada Lovelace identified by badge and PIN at the door",
				"must stay outside: WeChat (", "stored in locker " + locker);
		screenshot("officer-timeline");

		browser.get(session.url("/officer/charts"));
		WebElement bar = waitFor(By.cssSelector("#check-ins rect.series-0"));
		assertThat(bar.getCssValue("fill")).as("the bar's colour comes from cloakroom.css")
			.isEqualTo("rgb(43, 108, 176)");
		assertThat(Double.parseDouble(bar.getAttribute("height"))).isPositive();
		assertThat(browser.findElements(By.cssSelector("svg.chart-svg"))).hasSize(4);
		screenshot("officer-charts");
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
	}

}
