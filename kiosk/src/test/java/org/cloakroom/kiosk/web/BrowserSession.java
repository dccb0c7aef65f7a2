package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium for a browser test class: started before its first test, quit
 * after its last, with the steps the tests share and the address of the page under test
 * on the server Spring started. A class registers it as
 * {@code @RegisterExtension static final BrowserSession session = BrowserSession.start();}
 * and takes {@code session.driver()} and {@code session.steps()} into its fields.
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private enum Kind {

		PLAIN, WITH_FILES, FOR_THE_KIOSK

	}

	private final Kind kind;

	private ChromeDriver driver;

	private Path files;

	private String server;

	private BrowserSession(Kind kind) {
		this.kind = kind;
	}

	public static BrowserSession start() {
		return new BrowserSession(Kind.PLAIN);
	}

	/**
	 * A browser that saves downloads into {@link #files()}, where tests also put uploads.
	 */
	public static BrowserSession withFiles() {
		return new BrowserSession(Kind.WITH_FILES);
	}

	/**
	 * A browser that can draw the kiosk's Chinese words and flags (its fonts required).
	 */
	public static BrowserSession forTheKiosk() {
		return new BrowserSession(Kind.FOR_THE_KIOSK);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		switch (this.kind) {
			case PLAIN -> this.driver = Chromium.start();
			case WITH_FILES -> {
				this.files = Files.createTempDirectory("cloakroom-browser-files");
				this.driver = Chromium.start(this.files);
			}
			case FOR_THE_KIOSK -> this.driver = Chromium.startForTheKiosk();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.server = "http://localhost:" + port;
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.files != null) {
			try (Stream<Path> paths = Files.walk(this.files)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public BrowserSteps steps() {
		return new BrowserSteps(this.driver);
	}

	/**
	 * The folder downloads land in and uploads are written to (only
	 * {@link #withFiles()}).
	 */
	public Path files() {
		return this.files;
	}

	/** The address of {@code path} on the server under test. */
	public String url(String path) {
		return this.server + path;
	}

}
