package org.cloakroom.kiosk.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.SimulationIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first start without {@code CLOAKROOM_ADMIN_PASSWORD}: {@code admin} gets a one-time
 * password that appears once in the log and nowhere else, may do nothing but change it,
 * and then signs in with the new one. A second start creates nothing.
 */
@SimulationIT
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1", "CLOAKROOM_ADMIN_PASSWORD=" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIT {

	private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) ;");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FirstAdmin firstAdmin;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theOneTimePasswordIsLoggedOnceAndMustBeChangedBeforeAnythingElse(CapturedOutput output) throws Exception {
		Matcher logged = ONE_TIME.matcher(output.getAll());
		assertThat(logged.find()).as("the one-time password in the start-up log").isTrue();
		String oneTime = logged.group(1);
		this.firstAdmin.atFirstStart();
		assertThat(output.getAll().split(Pattern.quote(oneTime), -1)).as("times the password was logged").hasSize(2);

		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/signin").user("admin").password(oneTime))
			.andExpect(redirectedUrl("/officer"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/officer").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/api/v1/users").session(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("password-change-required"));
		this.mvc.perform(get("/api/v1/audit/events").with(httpBasic("admin", oneTime)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("password-change-required"));
		this.mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", oneTime)
				.param("newPassword", "the-admins-own-secret")
				.param("repeated", "the-admins-own-secret"))
			.andExpect(redirectedUrl("/officer"));
		this.mvc.perform(get("/officer").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users").with(httpBasic("admin", "the-admins-own-secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].mustChangePassword").value(false));
		this.mvc.perform(get("/api/v1/users").with(httpBasic("admin", oneTime))).andExpect(status().isUnauthorized());

		String audit = String.join("\n", this.jdbc.sql("SELECT details FROM audit_event").query(String.class).list());
		assertThat(audit).doesNotContain(oneTime, "the-admins-own-secret");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM console_user").query(Long.class).single()).isOne();
	}

}
