package org.cloakroom.kiosk.web.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInStage;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.checkin.KioskDesk;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.checkin.PhoneAssessment;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.LockerDoors;
import org.cloakroom.kiosk.locker.LockerProperties;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kiosk screen on the door's panel, in a real headless Chromium whose viewport is set
 * to the panel's size through the DevTools protocol (so the browser's own window plays no
 * part): every step of a visit (idle, wrong PIN, questions, decision with a reason's
 * source open, locker open, door opened, done, choice, collection with its door,
 * collected, not stored, emergency) in each kiosk language at 800×480, and idle, decision
 * and locker open at 1024×600 and 1280×800. Each is measured from the DOM
 * (web/kiosk-fit.js: no overflow, nothing cut off or scrolling, targets and their
 * spacing, text size) and saved as
 * target/screenshots/kiosk-fit/&lt;size&gt;-&lt;language&gt;-&lt;step&gt;.png. One
 * browser and one Spring context for all.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:kiosk-fit;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskScreenFitBrowserIT {

	private static final String ADA = "100001";

	/** Whose wrong PIN each language tries, so that no badge runs out of attempts. */
	private static final Map<String, String> WRONG_PIN_BADGE = Map.of("en", "100002", "zh-CN", "100003", "es",
			"100004");

	@RegisterExtension
	static final BrowserSession session = BrowserSession.forTheKiosk();

	private final ChromeDriver browser = session.driver();

	private static String fit;

	@Autowired
	private MutableClock clock;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private KioskDesk desk;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private EmergencyRelease emergency;

	@Autowired
	private LockerProperties lockerProperties;

	@Autowired
	private LockerDoors lockerDoors;

	@Autowired
	private MessageSource messages;

	private final List<String> problems = new ArrayList<>();

	private String size;

	private String language;

	@BeforeAll
	static void startBrowser() throws IOException {
		fit = new ClassPathResource("web/kiosk-fit.js").getContentAsString(StandardCharsets.UTF_8);
	}

	@AfterEach
	void backToIdle() {
		this.emergency.current().ifPresent((release) -> this.emergency.returnToNormal("admin", "test over"));
		this.desk.reset(null);
	}

	@ParameterizedTest
	@Order(1)
	@ValueSource(strings = { "en", "zh-CN", "es" })
	void everyStepFitsTheSevenInchPanel(String language) {
		panel(800, 480, language);
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);

		show("idle", "IDLE");
		assertThat(screenText()).contains(words("kiosk.idle.lead"), words("kiosk.idle.wake"));
		wrongPin(WRONG_PIN_BADGE.get(language));

		this.desk.reset(null);
		world.walk("ada-pixel", VirtualPosition.AWAY);
		world.pass(Duration.ofSeconds(31));
		this.desk.identify(Identification.typed(ADA, "1111"));
		show("questions", "CHECK_IN");
		assertThat(screenText()).contains(words("kiosk.visit.yes"), words("kiosk.visit.no"));

		this.desk.reset(null);
		world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		KioskScreen decision = this.desk.identify(Identification.typed(ADA, "1111"));
		assertThat(decision.checkIn().stage()).isEqualTo(CheckInStage.READY_TO_STORE);
		show("decision", "CHECK_IN");
		assertThat(screenText()).contains(words("kiosk.visit.must-store"), words("kiosk.visit.open-locker"));
		steps().clickWhenReady(By.cssSelector(".reasons summary"));
		steps().waitFor(By.cssSelector(".reasons details[open] .source"));
		measure("decision-why");

		int locker = this.desk.store().checkIn().storage().lockerId().value();
		show("locker-open", "CHECK_IN");
		assertThat(screenText()).contains(words("kiosk.visit.open-door"));
		assertThat(browser.findElement(By.cssSelector("progress.countdown-bar")).getAttribute("value")).isNotBlank();
		door(locker, true);
		show("door-opened", "CHECK_IN");
		assertThat(screenText()).contains(words("kiosk.visit.put-inside"));
		occupied(locker, true);
		door(locker, false);
		show("done", "CHECK_IN");
		assertThat(screenText()).contains(words("kiosk.visit.go-in"), words("kiosk.done"));

		this.desk.reset(null);
		this.desk.identify(Identification.typed(ADA, "1111"));
		show("choose", "CHOOSE");
		this.desk.collect();
		show("collection", "COLLECTION");
		door(locker, true);
		show("collection-door-opened", "COLLECTION");
		assertThat(screenText()).contains(words("kiosk.collection.take"));
		occupied(locker, false);
		door(locker, false);
		show("collected", "COLLECTION");

		this.desk.reset(null);
		world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		this.desk.identify(Identification.typed(ADA, "1111"));
		this.desk.store();
		this.clock.advance(this.lockerProperties.reservationTimeout().plusSeconds(1));
		// as the deadline ticker would, once a second (no scheduling in these tests)
		this.lockerDoors.expireDeadlines(this.clock.instant());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.desk.screen().checkIn().stage() == CheckInStage.NOT_STORED);
		show("not-stored", "CHECK_IN");
		assertThat(screenText()).contains(words("kiosk.visit.abandoned"));

		this.desk.reset(null);
		this.emergency.openEverything("admin", "fire drill");
		show("emergency", "EMERGENCY");
		assertThat(screenText()).contains(words("kiosk.emergency.open"));

		assertThat(this.problems).as("what does not fit the 800×480 panel in " + language).isEmpty();
	}

	/**
	 * A declaration due to be confirmed again: last, since the clock jumps past every
	 * attestation.
	 */
	@Test
	@Order(3)
	void aReattestationDueFitsTheSevenInchPanel() {
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);
		this.clock.advance(Duration.ofDays(31));
		for (String language : List.of("en", "zh-CN", "es")) {
			panel(800, 480, language);
			world.walk("katherine-iphone", VirtualPosition.AT_DOOR);
			KioskScreen screen = this.desk.identify(Identification.typed("100004", "4444"));
			assertThat(screen.checkIn().phones()).anyMatch(PhoneAssessment::attestationDue);
			show("reattest", "CHECK_IN");
			assertThat(screenText()).contains(words("kiosk.visit.reattest"), words("kiosk.visit.unchanged"));
			this.desk.reset(null);
		}
		assertThat(this.problems).as("what does not fit the 800×480 panel").isEmpty();
	}

	@Test
	@Order(2)
	void theLargerPanelsShowTheSameScreenScaled() {
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);
		for (int[] panel : new int[][] { { 1024, 600 }, { 1280, 800 } }) {
			for (String language : List.of("en", "zh-CN", "es")) {
				panel(panel[0], panel[1], language);
				this.desk.reset(null);
				show("idle", "IDLE");
				assertThat(fontSize("#screen h1")).as("the heading grows with the panel")
					.isGreaterThan(1.5 * 20 * panel[0] / 800 * 0.9);
				world.walk("ada-pixel", VirtualPosition.AT_DOOR);
				this.desk.identify(Identification.typed(ADA, "1111"));
				show("decision", "CHECK_IN");
				int locker = this.desk.store().checkIn().storage().lockerId().value();
				show("locker-open", "CHECK_IN");
				door(locker, true);
				occupied(locker, true);
				door(locker, false);
				this.desk.reset(null);
				this.desk.identify(Identification.typed(ADA, "1111"));
				this.desk.collect();
				door(locker, true);
				occupied(locker, false);
				door(locker, false);
			}
		}
		assertThat(this.problems).as("what does not fit the larger panels").isEmpty();
	}

	/** Sets the viewport to the panel's size, whatever the browser's window. */
	private void panel(int width, int height, String language) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		this.size = width + "x" + height;
		this.language = language;
		browser.get(session.url("/kiosk?lang=" + language));
		Object viewport = browser.executeScript("return window.innerWidth + 'x' + window.innerHeight");
		assertThat(viewport).as("the viewport").isEqualTo(width + "x" + height);
	}

	/** Opens the screen in the language, waits for the step, measures and saves it. */
	private void show(String step, String kind) {
		browser.get(session.url("/kiosk?lang=" + this.language));
		steps()
			.waitFor(By.cssSelector("#screen > .screen[data-kind='" + kind + "'][data-lang='" + this.language + "']"));
		measure(step);
	}

	private void measure(String step) {
		List<?> found = (List<?>) browser.executeScript(fit);
		found.forEach((problem) -> this.problems.add(this.size + " " + this.language + " " + step + ": " + problem));
		try {
			steps().screenshot("kiosk-fit/" + this.size + "-" + this.language + "-" + step);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A wrong PIN typed on the screen: the refusal in the screen's language, the badge
	 * number still in its field.
	 */
	private void wrongPin(String badgeId) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> {
				WebElement badge = driver.findElement(By.name("badgeId"));
				badge.clear();
				badge.sendKeys(badgeId);
				WebElement pin = driver.findElement(By.name("pin"));
				pin.clear();
				pin.sendKeys("0000");
				return true;
			});
		steps().clickWhenReady(By.cssSelector(".pin-entry button[type=submit]"));
		steps().waitFor(By.cssSelector("#screen .refusal"));
		assertThat(screenText()).contains(words("kiosk.refusal.wrong-pin", 5));
		assertThat(browser.findElement(By.name("badgeId")).getAttribute("value")).as("the badge number is kept")
			.isEqualTo(badgeId);
		measure("wrong-pin");
	}

	/**
	 * A person works the locker's door, taking a few seconds: without them, the door's
	 * many changes would read as a flapping sensor.
	 */
	private void door(int locker, boolean open) {
		if (open) {
			this.doors.openDoor(locker);
		}
		else {
			this.doors.closeDoor(locker);
		}
		this.clock.advance(Duration.ofSeconds(3));
	}

	/** A tray switch where the locker has one (the demo bank's lockers 1 and 2). */
	private void occupied(int locker, boolean occupied) {
		try {
			this.doors.setOccupied(locker, occupied);
		}
		catch (IllegalArgumentException ex) {
			// wired without a tray switch: the door alone tells
		}
	}

	private double fontSize(String css) {
		return Double.parseDouble(String.valueOf(browser
			.executeScript("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize)", css)));
	}

	private String words(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag(this.language));
	}

	private String screenText() {
		return browser.findElement(By.id("screen")).getText();
	}

	private BrowserSteps steps() {
		return new BrowserSteps(browser);
	}

}
