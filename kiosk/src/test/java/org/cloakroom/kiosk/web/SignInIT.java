package org.cloakroom.kiosk.web;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in to the consoles, as a person on the page and as a script with HTTP Basic:
 * lock-out after repeated failures (by the test's clock), CSRF on every form and htmx
 * post, the idle timeout, changing one's own password, the security headers, and no
 * password or hash in any audit entry or API answer.
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:sign-in;DB_CLOSE_DELAY=-1",
		"cloakroom.security.signin.max-failures=3", "cloakroom.security.signin.window=10m",
		"cloakroom.security.signin.lockout=15m", "cloakroom.security.signin.idle-timeout=20m" })
@AutoConfigureMockMvc
class SignInIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void threeFailuresWithinTheWindowLockTheUserUntilTheLockoutEnds() throws Exception {
		officer("olga", "olga-first-secret");
		signIn("olga", "wrong-1").andExpect(redirectedUrl("/signin?failed"));
		this.clock.advance(Duration.ofMinutes(11));
		signIn("olga", "wrong-2").andExpect(redirectedUrl("/signin?failed"));
		signIn("olga", "wrong-3").andExpect(redirectedUrl("/signin?failed"));
		signIn("olga", "olga-first-secret").andExpect(redirectedUrl("/officer"));
		assertThat(audited("ConsoleUserLockedOut", "olga")).as("failures outside the window do not add up").isZero();

		signIn("olga", "wrong-4");
		signIn("olga", "wrong-5");
		signIn("olga", "wrong-6");
		assertThat(audited("ConsoleUserLockedOut", "olga")).isOne();
		assertThat(this.users.get("olga").lockedUntil()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(15)));
		signIn("olga", "olga-first-secret").andExpect(redirectedUrl("/signin?failed"));
		this.mvc.perform(get("/api/v1/lockers").with(httpBasic("olga", "olga-first-secret")))
			.andExpect(status().isUnauthorized());
		assertThat(audited("ConsoleUserSignInFailed", "olga")).as("six wrong passwords, two while locked").isEqualTo(8);

		this.clock.advance(Duration.ofMinutes(15));
		signIn("olga", "olga-first-secret").andExpect(redirectedUrl("/officer"));
		this.mvc.perform(get("/api/v1/lockers").with(httpBasic("olga", "olga-first-secret")))
			.andExpect(status().isOk());
	}

	@Test
	void aFormOrHtmxPostWithoutTheTokenIsRefused() throws Exception {
		officer("carl", "carl-first-secret");
		MockHttpSession session = session("carl", "carl-first-secret");
		this.mvc.perform(post("/officer/verify").session(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("csrf-token-missing"));
		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", "carl-first-secret")
				.param("newPassword", "carl-second-secret")
				.param("repeated", "carl-second-secret"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/officer/verify").session(session).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(post("/signin").param("username", "carl").param("password", "carl-first-secret"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSessionIdleLongerThanTheTimeoutIsSignedOut() throws Exception {
		officer("ida", "ida-first-secret");
		MockHttpSession session = session("ida", "ida-first-secret");
		for (int visit = 0; visit < 3; visit++) {
			this.clock.advance(Duration.ofMinutes(19));
			this.mvc.perform(get("/officer").session(session)).andExpect(status().isOk());
		}
		this.clock.advance(Duration.ofMinutes(20).plusSeconds(1));
		this.mvc.perform(get("/officer").session(session)).andExpect(redirectedUrl("/signin"));
		assertThat(session.isInvalid()).isTrue();
		assertThat(audited("ConsoleUserSessionExpired", "ida")).isOne();
	}

	@Test
	void aConsoleUserChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
		officer("paul", "paul-first-secret");
		MockHttpSession session = session("paul", "paul-first-secret");
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "not-the-current-one")
				.param("newPassword", "paul-second-secret")
				.param("repeated", "paul-second-secret"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The current password of paul is not right")));
		this.mvc.perform(get("/api/v1/lockers").with(httpBasic("paul", "paul-first-secret")))
			.andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "paul-first-secret")
				.param("newPassword", "paul-second-secret")
				.param("repeated", "paul-second-secret"))
			.andExpect(redirectedUrl("/officer"));
		this.mvc.perform(get("/api/v1/lockers").with(httpBasic("paul", "paul-first-secret")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/lockers").with(httpBasic("paul", "paul-second-secret")))
			.andExpect(status().isOk());
		assertThat(audited("ConsoleUserPasswordChanged", "paul")).as("the first choice of a password, and this one")
			.isEqualTo(2);
	}

	@Test
	void pagesAndApiAnswersCarryTheSecurityHeadersAndHstsOverHttps() throws Exception {
		for (ResultActions answer : List.of(this.mvc.perform(get("/signin")),
				this.mvc.perform(get("/api/v1/lockers").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD))),
				this.mvc.perform(get("/api/v1/lockers")))) {
			answer.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "no-referrer"))
				.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe");
		this.mvc.perform(get("/signin").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	@Test
	void healthShowsItsStatusToAnybodyAndItsComponentsOnlyToSignedInConsoleUsers() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.ble.status").value("UP"));
	}

	@Test
	void scriptsUseTheApiWithHttpBasicAndNeedNoCsrfToken() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verification").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "scripted", "role": "AUDITOR", "password": "scripted-first-secret"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.createdBy").value("admin"))
			.andExpect(jsonPath("$.mustChangePassword").value(true));
		this.mvc.perform(get("/api/v1/audit/events").with(httpBasic("scripted", "scripted-first-secret")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("password-change-required"));
		this.mvc.perform(get("/api/v1/lockers").with(httpBasic("admin", "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Cloakroom\""))
			.andExpect(jsonPath("$.type").value("urn:cloakroom:problem:unauthenticated"));
	}

	@Test
	void noPasswordOrHashEverReachesTheLogOrAnApiAnswer() throws Exception {
		officer("hana", "hana-first-secret");
		signIn("hana", "hana-typed-wrong");
		this.mvc
			.perform(post("/api/v1/users/hana/password-reset").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"hana-reset-secret\"}"))
			.andExpect(status().isOk());
		this.users.changeOwnPassword("hana", "hana-reset-secret", "hana-own-secret");
		this.mvc
			.perform(post("/api/v1/users/hana/role").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"AUDITOR\"}"))
			.andExpect(jsonPath("$.role").value("AUDITOR"));

		String details = String.join("\n",
				this.jdbc.sql("SELECT details FROM audit_event WHERE subject = 'console-user:hana'")
					.query(String.class)
					.list());
		MockHttpServletResponse list = this.mvc
			.perform(get("/api/v1/users").with(httpBasic("admin", SignedIn.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(details).contains("\"by\":\"admin\"", "\"to\":\"AUDITOR\"");
		for (String text : List.of(details, list.getContentAsString())) {
			assertThat(text).doesNotContain("hana-first-secret", "hana-typed-wrong", "hana-reset-secret",
					"hana-own-secret", "{bcrypt}", "$2a$", "password_hash", "passwordHash");
		}
		assertThat(JsonPath.<List<String>>read(list.getContentAsString(), "$[*].username")).contains("admin", "hana");
	}

	private void officer(String username, String password) {
		this.users.create(username, ConsoleRole.OFFICER, "temporary-" + password, "admin");
		this.users.changeOwnPassword(username, "temporary-" + password, password);
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return this.mvc.perform(formLogin("/signin").user(username).password(password));
	}

	private MockHttpSession session(String username, String password) throws Exception {
		return (MockHttpSession) signIn(username, password).andExpect(redirectedUrl("/officer"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private long audited(String type, String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = ? AND subject = ?")
			.params(type, "console-user:" + username)
			.query(Long.class)
			.single();
	}

}
