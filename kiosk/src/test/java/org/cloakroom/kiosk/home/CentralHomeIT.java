package org.cloakroom.kiosk.home;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The central home on PostgreSQL: the program with {@code cloakroom.home=central} starts
 * without a bean of any door-only module, and its consoles and API serve.
 */
@SpringBootTest(properties = { "cloakroom.scheduling.enabled=false", "cloakroom.security.pin.hash-strength=4",
		"cloakroom.security.signin.hash-strength=4",
		"cloakroom.enrolment.identity-key=94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=" })
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class CentralHomeIT {

	private static final List<String> DOOR_ONLY = List.of("ble", "locker", "badge", "checkin", "simulation",
			"violation", "backup", "wiring", "web.kiosk");

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	@Autowired
	private ConfigurableApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Test
	void noBeanOfADoorOnlyModuleIsMade() {
		List<String> doorOnly = Arrays.stream(this.context.getBeanDefinitionNames())
			.map(this.context.getBeanFactory()::getType)
			.filter(Objects::nonNull)
			.map(Class::getName)
			.filter(CentralHomeIT::isDoorOnly)
			.toList();

		assertThat(this.context.getBeanDefinitionCount()).isGreaterThan(100);
		assertThat(doorOnly).isEmpty();
	}

	@Test
	void anAdminAddsAndEditsAnEmployeeThroughTheApi() throws Exception {
		String created = this.mvc
			.perform(json(post("/api/v1/employees"),
					"{\"name\": \"Edsger Dijkstra\", \"badgeId\": \"B-9001\", \"pin\": \"13579\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		this.mvc.perform(json(put("/api/v1/employees/" + id), "{\"name\": \"E. W. Dijkstra\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("E. W. Dijkstra"));
		this.mvc.perform(get("/api/v1/employees/" + id).with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("E. W. Dijkstra"));
	}

	@Test
	void theOfficerConsoleAndItsSearchServe() throws Exception {
		this.mvc.perform(get("/officer").with(SignedIn.officer())).andExpect(status().isOk());
		this.mvc.perform(get("/officer/search").with(SignedIn.officer())).andExpect(status().isOk());
	}

	@Test
	void theKioskScreenAndTheLockersAreNotServedAndTheRootOpensTheOfficerConsole() throws Exception {
		this.mvc.perform(get("/kiosk")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/lockers").with(SignedIn.admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/lockers").with(SignedIn.admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/officer"));
		this.mvc.perform(get("/admin").with(SignedIn.admin())).andExpect(redirectedUrl("/admin/catalogue"));
	}

	@Test
	void theAdminConsoleLeavesOutTheLockersSection() throws Exception {
		String page = this.mvc.perform(get("/admin/employees").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("href=\"/admin/catalogue\"").doesNotContain("href=\"/admin/lockers\"");
	}

	private static boolean isDoorOnly(String className) {
		return DOOR_ONLY.stream().anyMatch((module) -> className.startsWith("org.cloakroom.kiosk." + module + "."));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(SignedIn.admin()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
