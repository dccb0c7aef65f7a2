package org.cloakroom.kiosk.web.admin;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.fleet.JoinedKiosks;
import org.cloakroom.kiosk.fleet.ingest.KioskState;
import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.BrowserSession;
import org.cloakroom.kiosk.web.BrowserSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central admin console's kiosks page in a real headless Chromium, against central's
 * registry on PostgreSQL: a kiosk registered there shows its join code once, with the
 * command that joins it (central keeps only its SHA-256, and the next look at the page
 * shows no code); the list shows state, last contact, lag, chain and configuration
 * version; a revocation asks first and is taken only when confirmed. Screenshots under
 * target/screenshots (admin-kiosks-*.png).
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KiosksPageIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	private static final String PASSWORD = "kira-kiosks-secret";

	@RegisterExtension
	static final BrowserSession session = BrowserSession.start();

	private final ChromeDriver browser = session.driver();

	private final BrowserSteps steps = session.steps();

	@Autowired
	private ConsoleUsers users;

	private RegisteredKiosks registry;

	private JoinedKiosks kiosks;

	@Autowired
	void kiosks(RegisteredKiosks registry, JdbcClient jdbc, Clock clock) {
		this.registry = registry;
		this.kiosks = new JoinedKiosks(registry, jdbc, clock);
	}

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aRegisteredKiosksJoinCodeShowsOnceAndARevocationAsksFirst() throws Exception {
		this.users.create("kira", ConsoleRole.ADMIN, "temporary-kira", "admin");
		this.users.changeOwnPassword("kira", "temporary-kira", PASSWORD);
		this.kiosks.joined("west-1", "Depot", 90, 125L, 91L);
		this.jdbc.sql("UPDATE fleet_kiosk SET configuration_version = 12 WHERE name = 'west-1'").update();

		this.browser.get(session.url("/admin/kiosks"));
		this.steps.signIn("kira", PASSWORD);
		this.steps.waitFor(By.cssSelector("form.register-kiosk input[name=name]")).sendKeys("east-wing-1");
		assertThat(this.browser.findElement(By.cssSelector("nav.sections a[href='/admin/kiosks']")).getText())
			.isEqualTo("Kiosks");
		this.browser.findElement(By.cssSelector("form.register-kiosk input[name=site]")).sendKeys("HQ");
		this.steps.submit(By.cssSelector("form.register-kiosk button[type=submit]"));

		String code = this.steps.waitFor(By.id("join-code")).getText();
		// 32 characters without look-alikes (no 0 or O, no 1 or I), in groups of four
		assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
		assertThat(this.browser.findElement(By.id("join-command")).getText())
			.isEqualTo("cloakroom fleet join --central " + session.url("") + " --code " + code);
		assertThat(this.jdbc.sql("SELECT join_code_sha256 FROM fleet_kiosk WHERE name = 'east-wing-1'")
			.query(String.class)
			.single()).isEqualTo(JoinedKiosks.sha256(code.replace("-", "")));
		assertThat(row("east-wing-1")).contains("HQ", "Registered, not joined yet", "never");
		assertThat(row("west-1")).contains("Depot", "Joined", "35 entries not forwarded yet",
				"Forked at entry 91: nothing after it is taken", "12");
		this.steps.screenshot("admin-kiosks-1-join-code");

		this.browser.get(session.url("/admin/kiosks"));
		this.steps.waitFor(By.cssSelector("tr[data-kiosk='east-wing-1']"));
		assertThat(this.browser.getPageSource()).doesNotContain(code);
		assertThat(this.browser.findElements(By.id("join-code"))).isEmpty();

		this.steps.submit(By.cssSelector("tr[data-kiosk='west-1'] button[name=revoke]"));
		assertThat(this.steps.waitFor(By.id("revoking-question")).getText()).startsWith("Revoke kiosk west-1?");
		assertThat(state("west-1")).isEqualTo(KioskState.JOINED);
		this.steps.screenshot("admin-kiosks-2-revoke-asks");

		this.steps.submit(By.cssSelector(".revoking a.cancel"));
		assertThat(this.browser.findElements(By.id("revoking-question"))).isEmpty();
		assertThat(state("west-1")).isEqualTo(KioskState.JOINED);

		this.steps.submit(By.cssSelector("tr[data-kiosk='west-1'] button[name=revoke]"));
		this.steps.submit(By.cssSelector(".revoking button[name=confirm]"));
		assertThat(this.steps.waitFor(By.cssSelector("p.done")).getText()).isEqualTo("Kiosk west-1 is revoked.");
		assertThat(state("west-1")).isEqualTo(KioskState.REVOKED);
		assertThat(row("west-1")).contains("Revoked");
		assertThat(this.browser.findElements(By.cssSelector("tr[data-kiosk='west-1'] button[name=revoke]"))).isEmpty();
		this.steps.screenshot("admin-kiosks-3-revoked");
	}

	private String row(String kiosk) {
		return this.browser.findElement(By.cssSelector("tr[data-kiosk='" + kiosk + "']")).getText();
	}

	private KioskState state(String kiosk) {
		return this.registry.get(kiosk).state();
	}

}
