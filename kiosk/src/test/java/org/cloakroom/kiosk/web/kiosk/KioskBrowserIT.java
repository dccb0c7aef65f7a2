package org.cloakroom.kiosk.web.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.locker.Storages;
import org.cloakroom.kiosk.web.BrowserSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real headless Chromium: an employee stores a phone with a flagged app
 * using the simulation's page (its controls, and the kiosk screen in its frame), takes it
 * back with a PIN, and an officer sees every step and verifies the log. Screenshots land
 * in target/screenshots.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
class KioskBrowserIT {

	@RegisterExtension
	static final BrowserSession session = BrowserSession.start();

	private final ChromeDriver browser = session.driver();

	@Autowired
	private MutableClock clock;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private Storages storages;

	@Test
	void employeeStoresAFlaggedPhoneTakesItBackWithAPinAndTheOfficerSeesItAll() throws IOException {
		browser.get(session.url("/simulation"));
		inScreen();
		waitFor(By.cssSelector("[data-kind=IDLE]"));
		assertThat(browser.findElements(By.cssSelector(".unprotected"))).as("only the kiosk drives it now").isEmpty();
		assertThat(browser.executeScript("return window.innerWidth + 'x' + window.innerHeight"))
			.as("the frame is the door's panel")
			.isEqualTo("800x480");
		click("a.flag[data-lang='es']");
		waitForScreenText("Acerque su tarjeta al lector");
		click("a.flag[data-lang='en']");
		waitForScreenText("Hold your badge to the reader");

		inPanel();
		click("tr[data-phone=ada-pixel] button[data-position=AT_DOOR]");
		// the click posts asynchronously: time may only move once the phone stands there
		waitFor(By.cssSelector("tr[data-phone=ada-pixel] button[data-position=AT_DOOR].current"));
		new SimulationTestSupport(this.clock, this.radio).pass(Duration.ofSeconds(6));
		click("button[data-badge='100001']");
		inScreen();
		waitForScreenText("Hello, Ada Lovelace");
		assertThat(screenText()).contains("Pixel 8", "Must stay outside", "WeChat", "seen at the door");
		screenshot("kiosk-decision");

		clickButton("Open a locker");
		waitForScreenText("is open");
		assertThat(this.storages.active()).hasSize(1);
		int locker = this.storages.active().get(0).lockerId().value();
		assertThat(screenText()).contains("Locker " + locker + " is open");
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions
			.textMatches(By.cssSelector("#screen .countdown"), java.util.regex.Pattern.compile("^(60|59|58) s left$")));
		assertThat(screenText()).contains("Open its door.");
		screenshot("kiosk-locker-open");
		workDoor(locker, "Put your phone in and close the door.");
		inScreen();
		waitForScreenText("You may go in.");
		screenshot("kiosk-stored");

		clickButton("Done");
		waitFor(By.cssSelector("[data-kind=IDLE]"));
		typePin("100001", "9999");
		waitForScreenText("That PIN is not right. 5 attempts left.");
		assertThat(browser.findElement(By.name("badgeId")).getAttribute("value")).as("the badge number is kept")
			.isEqualTo("100001");
		typePin("100001", "1111");
		waitForScreenText("Welcome back, Ada Lovelace");
		clickButton("Take my phone");
		waitForScreenText("Locker " + locker + " is open");
		workDoor(locker, "Take your phone and close the door.");
		inScreen();
		waitForScreenText("is free again");
		screenshot("kiosk-collected");

		inPanel();
		browser.get(session.url("/officer/log"));
		signIn("admin", SignedIn.ADMIN_PASSWORD);
		String log = waitFor(By.cssSelector("#events")).getText();
		assertThat(log).contains("PhonesStored", "PhonesCollected", "PinRejected", "LockerFreed");
		clickButton("Verify the log");
		WebElement verdict = waitFor(By.cssSelector("#verification .intact"));
		assertThat(verdict.getText()).startsWith("The log is intact");
		screenshot("officer");
	}

	/**
	 * The officer console sends whoever is not signed in to the sign-in page, and back
	 * after it.
	 */
	private void signIn(String username, String password) {
		waitFor(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/** The kiosk screen, in the simulation page's frame. */
	private void inScreen() {
		browser.switchTo().defaultContent();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("kiosk-frame")));
	}

	/** The simulation's controls beside the frame. */
	private void inPanel() {
		browser.switchTo().defaultContent();
	}

	/**
	 * Opens the locker's door in the simulation, sees the screen say what to do with it
	 * open, and closes it.
	 */
	private void workDoor(int locker, String whileOpen) {
		inPanel();
		click("[data-locker='" + locker + "'] button.door");
		waitFor(By.xpath("//*[@data-locker='" + locker + "']//button[text()='close door']"));
		inScreen();
		waitForScreenText(whileOpen);
		inPanel();
		click("[data-locker='" + locker + "'] button.door");
		waitFor(By.xpath("//*[@data-locker='" + locker + "']//button[text()='open door']"));
	}

	/**
	 * Types into both fields in one go: a refresh before the first key press replaces
	 * them, and while the screen is being swapped they may not take keys yet.
	 */
	private void typePin(String badgeId, String pin) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(StaleElementReferenceException.class, ElementNotInteractableException.class)
			.until((driver) -> {
				WebElement badge = driver.findElement(By.name("badgeId"));
				badge.clear();
				badge.sendKeys(badgeId);
				WebElement pinField = driver.findElement(By.name("pin"));
				pinField.clear();
				pinField.sendKeys(pin);
				return true;
			});
		clickButton("Continue");
	}

	private void click(String css) {
		clickWhenReady(By.cssSelector(css));
	}

	private void clickButton(String text) {
		clickWhenReady(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	/**
	 * Live updates re-render the panel and the screen at any moment: find and click in
	 * one go.
	 */
	private void clickWhenReady(By locator) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
				if (element == null) {
					return false;
				}
				element.click();
				return true;
			});
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void waitForScreenText(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "screen shows: " + screenText())
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen"), text));
	}

	private String screenText() {
		return browser.findElement(By.id("screen")).getText();
	}

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
	}

}
