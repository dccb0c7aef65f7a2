package org.cloakroom.kiosk.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium and ChromeDriver, started explicitly (Selenium must not try
 * to download a browser or a driver). A machine without them fails the test with the
 * packages to install; it never skips.
 */
public final class Chromium {

	private static final File BROWSER = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	/** The fonts the kiosk's languages need, each with the Debian package that has it. */
	private static final Map<String, String> KIOSK_FONTS = Map.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"fonts-wqy-microhei", "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf", "fonts-noto-color-emoji");

	private Chromium() {
	}

	/**
	 * A browser that can draw the kiosk's Chinese words and its flag buttons: without the
	 * fonts, screenshots show empty boxes and the measured sizes are a fallback font's.
	 */
	public static ChromeDriver startForTheKiosk() throws IOException {
		KIOSK_FONTS.forEach((font, debianPackage) -> {
			if (!new File(font).canRead()) {
				fail("The kiosk's browser tests need Debian's package " + debianPackage + " (" + font
						+ "): apt-get install -y " + debianPackage);
			}
		});
		return start();
	}

	public static ChromeDriver start() throws IOException {
		return start(null);
	}

	/**
	 * A browser that saves what a page downloads into {@code downloads} without asking
	 * (none when null).
	 */
	public static ChromeDriver start(Path downloads) throws IOException {
		if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
			fail("The browser tests need Debian's packages chromium and chromium-driver "
					+ "(/usr/bin/chromium and /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
		}
		Path profile = Files.createTempDirectory("cloakroom-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(BROWSER)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
		if (downloads != null) {
			options.setExperimentalOption("prefs",
					Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
