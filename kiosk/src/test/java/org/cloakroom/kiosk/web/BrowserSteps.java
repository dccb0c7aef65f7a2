package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps the console's browser tests share: wait for an element (and say what the page
 * held when it never came), click once a live page lets it be clicked, sign in, save a
 * screenshot under target/screenshots.
 */
public final class BrowserSteps {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final ChromeDriver browser;

	public BrowserSteps(ChromeDriver browser) {
		this.browser = browser;
	}

	public WebElement waitFor(By locator) {
		return new WebDriverWait(this.browser, WAIT)
			.withMessage(() -> "the page holds: " + this.browser.findElement(By.tagName("body")).getText())
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/**
	 * Waits until the element reads {@code text}: after a click that loads another page,
	 * the old page's element may still be found, and then go stale.
	 */
	public void waitForText(By locator, String text) {
		new WebDriverWait(this.browser, WAIT).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "the page holds: " + this.browser.findElement(By.tagName("body")).getText())
			.until(ExpectedConditions.textToBe(locator, text));
	}

	/**
	 * Clicks a form's submit button and waits for the page it loads: until then, the page
	 * still shown has elements of the same names, which go stale as it is replaced.
	 */
	public void submit(By button) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(button).click();
		new WebDriverWait(this.browser, WAIT).until(ExpectedConditions.stalenessOf(page));
	}

	/** Clicks the element once it can be clicked, again if a live update replaced it. */
	public void clickWhenReady(By locator) {
		new WebDriverWait(this.browser, WAIT).ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
			if (element == null) {
				return false;
			}
			element.click();
			return true;
		});
	}

	/** Fills the sign-in page the browser was sent to and submits it. */
	public void signIn(String username, String password) {
		waitFor(By.name("username")).sendKeys(username);
		this.browser.findElement(By.name("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	public void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
