package org.cloakroom.kiosk.web.officer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's whole journey in a real headless Chromium, as issue 12 asks: signed in on
 * the alerts queue, sees a violation arrive live while a simulated phone that must be
 * stored walks inside, acknowledges it with a note, finds the employee's timeline,
 * exports the search as CSV, and downloads an evidence bundle that then verifies with the
 * field tool's {@code audit verify --bundle}. Each step saves a screenshot under
 * target/screenshots (officer-journey-*.png).
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:officer-journey;DB_CLOSE_DELAY=-1")
class OfficerJourneyBrowserIT {

	private static final String PASSWORD = "oscar-journey-secret";

	private static final Duration WAIT = Duration.ofSeconds(15);

	@RegisterExtension
	static final BrowserSession session = BrowserSession.withFiles();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Test
	void anOfficerSeesAViolationLiveWorksItReadsTheTimelineAndTakesTheEvidence() throws Exception {
		this.users.create("oscar", ConsoleRole.OFFICER, "temporary-oscar", "admin");
		this.users.changeOwnPassword("oscar", "temporary-oscar", PASSWORD);

		browser.get(session.url("/officer"));
		this.steps.signIn("oscar", PASSWORD);
		this.steps.waitFor(By.cssSelector(".alerts-live[data-stream-open=true]"));
		this.steps.screenshot("officer-journey-1-signed-in");

		// Ada's Pixel carries WeChat: it must be stored, and it walks into the area
		walk("ada-pixel", VirtualPosition.INSIDE);
		WebElement row = this.steps.waitFor(By.xpath("//section[@id='alert-list']//tr[td[text()='PhoneSeenInside']]"));
		assertThat(row.getText()).as("named, not phone:1").contains("Critical", "Open", "Pixel 8");
		this.steps.screenshot("officer-journey-2-violation-arrived");

		this.steps.clickWhenReady(By.cssSelector("tr[data-alert='" + row.getDomAttribute("data-alert") + "'] button"));
		this.steps.waitFor(By.cssSelector("#alert-detail textarea[name=note]"))
			.sendKeys("Called Ada back to the door; the Pixel goes into a locker");
		this.steps.clickWhenReady(By.cssSelector("#alert-detail button[name=acknowledge]"));
		assertThat(this.steps.waitFor(By.cssSelector("#alert-detail .acknowledged")).getText())
			.startsWith("Acknowledged by oscar at ")
			.endsWith(": Called Ada back to the door; the Pixel goes into a locker");
		assertThat(browser.findElement(By.cssSelector("#alert-detail .story")).getText())
			.as("the alert told in words, with names")
			.startsWith("Pixel 8 of Ada Lovelace heard inside the area though it must be stored");
		this.steps.screenshot("officer-journey-3-acknowledged");

		browser.get(session.url("/officer/timelines"));
		this.steps.waitFor(By.name("q")).sendKeys("lovelace");
		browser.findElement(By.cssSelector("form.timeline-find button[type=submit]")).click();
		this.steps.waitFor(By.linkText("Employee Ada Lovelace")).click();
		assertThat(this.steps.waitFor(By.cssSelector(".timeline-day")).getText())
			.contains("Pixel 8 of Ada Lovelace heard inside the area though it must be stored (signal ");
		this.steps.screenshot("officer-journey-4-timeline");

		browser.get(session.url("/officer/search?employee=Ada+Lovelace"));
		this.steps.waitFor(By.cssSelector("table.events tbody tr"));
		this.steps.screenshot("officer-journey-5-search");
		browser.findElement(By.cssSelector("p.exports a[href*='format=csv']")).click();
		Path csv = downloaded(".csv");
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).contains("sequence", "type", "subject");
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("PhoneSeenInside", "Ada Lovelace"));

		browser.findElement(By.cssSelector("p.exports a.evidence")).click();
		Path bundle = downloaded(".zip");
		this.steps.screenshot("officer-journey-6-evidence");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = FieldTools.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
			.execute("audit", "verify", "--bundle", bundle.toString());
		assertThat(exit).as("audit verify --bundle said: %s %s", out, err).isZero();
		assertThat(out.toString()).startsWith("intact: evidence bundle " + bundle.getFileName());
	}

	/** As the simulation panel moves a phone, then time passes as the scheduler would. */
	private void walk(String phone, VirtualPosition position) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(session.url("/api/v1/simulation/phones/" + phone + "/position")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"position\": \"" + position + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		// the rule hears the zone change itself; 10 s lets a phone settle inside
		new SimulationTestSupport(this.clock, this.radio).pass(Duration.ofSeconds(10));
	}

	/** The one file with this ending the browser has finished saving. */
	private Path downloaded(String ending) {
		return new WebDriverWait(browser, WAIT).withMessage(() -> "downloads hold: " + listing()).until((driver) -> {
			try (Stream<Path> files = Files.list(session.files())) {
				return files.filter((file) -> file.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	private String listing() {
		try (Stream<Path> files = Files.list(session.files())) {
			return files.map((file) -> file.getFileName().toString()).toList().toString();
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
