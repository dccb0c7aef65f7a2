package org.cloakroom.kiosk.web.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users page: a console user created there gets a one-time password shown once (it
 * signs in, must be changed, and is on no later page); a reset gives another; a role
 * change, disabling and enabling are each audited in the signed-in admin's name; the last
 * enabled admin can be neither disabled nor demoted there. For admins only.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-users-page;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class UsersPageIT {

	private static final Pattern ONE_TIME = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNewUsersOneTimePasswordIsShownOnceAndMustBeChanged() throws Exception {
		MockHttpServletResponse created = this.mvc
			.perform(post("/admin/users").param("username", "olive").param("role", "OFFICER").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String password = oneTimePassword(created.getContentAsString());
		assertThat(created.getHeader("Cache-Control")).contains("no-store");
		assertThat(created.getContentAsString()).contains("Console user olive is created.");
		assertThat(this.users.get("olive").role()).isEqualTo(ConsoleRole.OFFICER);
		assertThat(this.users.get("olive").mustChangePassword()).isTrue();
		assertThat(newestDetails("ConsoleUserCreated")).contains("\"username\":\"olive\"", "\"by\":\"dana\"")
			.doesNotContain(password);
		assertThat(page()).doesNotContain(password);

		// the password shown is the one stored: the user can change it with it
		this.users.changeOwnPassword("olive", password, "olive-own-secret-1");

		String reset = this.mvc.perform(post("/admin/users/olive/password-reset").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String another = oneTimePassword(reset);
		assertThat(another).isNotEqualTo(password).hasSizeGreaterThanOrEqualTo(16);
		assertThat(this.users.get("olive").mustChangePassword()).isTrue();
		assertThat(newestDetails("ConsoleUserPasswordReset")).contains("\"username\":\"olive\"", "\"by\":\"dana\"");
		this.users.changeOwnPassword("olive", another, "olive-own-secret-2");
	}

	@Test
	void roleChangesDisablingAndEnablingAreAuditedByTheAdmin() throws Exception {
		this.users.create("ralph", ConsoleRole.AUDITOR, "temporary-ralph", "admin");
		this.mvc.perform(post("/admin/users/ralph/role").param("role", "OFFICER").with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.get("ralph").role()).isEqualTo(ConsoleRole.OFFICER);
		assertThat(newestDetails("ConsoleUserRoleChanged")).contains("\"from\":\"AUDITOR\"", "\"to\":\"OFFICER\"",
				"\"by\":\"dana\"");

		this.mvc.perform(post("/admin/users/ralph/disable").with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.get("ralph").enabled()).isFalse();
		assertThat(newestDetails("ConsoleUserDisabled")).contains("\"username\":\"ralph\"", "\"by\":\"dana\"");

		this.mvc.perform(post("/admin/users/ralph/enable").with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.get("ralph").enabled()).isTrue();
		assertThat(newestDetails("ConsoleUserEnabled")).contains("\"username\":\"ralph\"", "\"by\":\"dana\"");
	}

	@Test
	void theLastEnabledAdminCanNeitherBeDisabledNorDemoted() throws Exception {
		assertThat(this.users.list()
			.stream()
			.filter((user) -> user.enabled() && user.role() == ConsoleRole.ADMIN)
			.map((user) -> user.username())).containsExactly("admin");
		long disabled = audited("ConsoleUserDisabled");

		String refused = this.mvc.perform(post("/admin/users/admin/disable").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Console user admin is the last enabled admin");
		this.mvc.perform(post("/admin/users/admin/role").param("role", "OFFICER").with(SignedIn.admin()))
			.andExpect(status().isBadRequest());

		assertThat(this.users.get("admin").enabled()).isTrue();
		assertThat(this.users.get("admin").role()).isEqualTo(ConsoleRole.ADMIN);
		assertThat(audited("ConsoleUserDisabled")).isEqualTo(disabled);
	}

	@Test
	void onlyAdminsSeeOrUseThePage() throws Exception {
		this.mvc.perform(get("/admin/users").with(SignedIn.officer())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users").param("username", "mallory").param("role", "ADMIN").with(SignedIn.officer()))
			.andExpect(status().isForbidden());
		assertThat(this.users.list()).noneMatch((user) -> user.username().equals("mallory"));
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/admin/users").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String oneTimePassword(String page) {
		Matcher shown = ONE_TIME.matcher(page);
		assertThat(shown.find()).as("a one-time password on the page").isTrue();
		return shown.group(1);
	}

	private long audited(String type) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = ?").param(type).query(Long.class).single();
	}

	private String newestDetails(String type) {
		return this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? ORDER BY sequence DESC LIMIT 1")
			.param(type)
			.query(String.class)
			.single();
	}

}
