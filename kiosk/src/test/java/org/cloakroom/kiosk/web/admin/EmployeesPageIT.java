package org.cloakroom.kiosk.web.admin;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employees section's pages answer what a person did wrong in words and lose nothing:
 * a refused form comes back with the refusal, an employee or phone that does not exist is
 * a 404 page that says so, and an apply without its preview writes nothing.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-employees-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EmployeesPageIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listsAndSearchesTheEmployees() throws Exception {
		this.mvc.perform(get("/admin/employees?q=lovelace").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ada Lovelace")))
			.andExpect(content().string(not(containsString("Grace Hopper"))));
	}

	@Test
	void aRefusedEnrolmentComesBackWithTheRefusalInWords() throws Exception {
		this.mvc
			.perform(post("/admin/employees").with(SignedIn.admin())
				.param("name", "Mary Jackson")
				.param("badgeId", "x")
				.param("pin", "24680"))
			.andExpect(redirectedUrl("/admin/employees"))
			.andExpect(flash().attribute("problem", "A badge id is 4 to 32 letters, digits or '-', got 'x'"));
	}

	@Test
	void anEnrolmentLeadsToTheEmployeesPageAndIsLoggedWithTheAdmin() throws Exception {
		String location = this.mvc
			.perform(post("/admin/employees").with(SignedIn.admin())
				.param("name", "Dorothy Vaughan")
				.param("badgeId", "B-7701")
				.param("pin", "24680")
				.param("language", "es"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).matches("/admin/employees/\\d+");
		this.mvc.perform(get(location).with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dorothy Vaughan")))
			.andExpect(content().string(containsString("Active, badge B-7701")));
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE type = 'EmployeeEnrolled' AND subject = ?")
			.param("employee:" + location.substring(location.lastIndexOf('/') + 1))
			.query(String.class)
			.single()).contains("\"by\":\"dana\"");
	}

	@Test
	void anEmployeeOrPhoneThatDoesNotExistIsA404ThatSaysSo() throws Exception {
		this.mvc.perform(get("/admin/employees/987654").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no employee 987654.")));
		this.mvc.perform(get("/admin/employees/phones/987654").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no phone 987654.")));
	}

	@Test
	void aBadMdmFileIsRefusedWithItsLinesAndAnApplyWithoutAPreviewWritesNothing() throws Exception {
		long inventories = this.jdbc.sql("SELECT COUNT(*) FROM app_inventory").query(Long.class).single();

		this.mvc
			.perform(multipart("/admin/employees/mdm/preview")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv", "device,platform\nX,ANDROID\n".getBytes()))
				.param("format", "GENERIC_CSV")
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nothing was written")));
		this.mvc.perform(post("/admin/employees/mdm/apply").param("sha256", "00").with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/employees/mdm"))
			.andExpect(flash().attribute("problem", "Preview the file first: there is no previewed import to apply."));

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_inventory").query(Long.class).single())
			.isEqualTo(inventories);
	}

}
