package org.cloakroom.kiosk.web;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bug inside a request (a broken invariant, a bad argument of our own) is a fault, not
 * a refusal: 500, a problem body that names no Java type and says nothing of the bug, and
 * one log entry with the request and the stack trace.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:fault-inside;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(FaultInsideARequestIT.Buggy.class)
@ExtendWith(OutputCaptureExtension.class)
class FaultInsideARequestIT {

	private static final Pattern JAVA_TYPE = Pattern
		.compile("\\b(java|javax|jakarta|org|com|tools)\\.[a-z]|Exception|Illegal|Buggy");

	@Autowired
	private MockMvc mvc;

	@Test
	void anIllegalStateInsideARequestIsA500LoggedOnceWithItsStack(CapturedOutput output) throws Exception {
		String body = this.mvc.perform(post("/test/broken-invariant"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:cloakroom:problem:internal"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JAVA_TYPE.matcher(body).find()).as(body).isFalse();
		assertThat(body).doesNotContain("invariant-7f3a");
		assertLoggedOnceWithStack(output, "POST /test/broken-invariant",
				"java.lang.IllegalStateException: invariant-7f3a broke");
	}

	@Test
	void anIllegalArgumentInsideARequestIsA500NotABadRequest(CapturedOutput output) throws Exception {
		String body = this.mvc.perform(get("/test/bad-argument"))
			.andExpect(status().isInternalServerError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JAVA_TYPE.matcher(body).find()).as(body).isFalse();
		assertThat(body).doesNotContain("argument-91c2");
		assertLoggedOnceWithStack(output, "GET /test/bad-argument",
				"java.lang.IllegalArgumentException: argument-91c2 is wrong");
	}

	private static void assertLoggedOnceWithStack(CapturedOutput output, String request, String exception) {
		String log = output.getAll();
		assertThat(log.split(Pattern.quote("Unexpected failure answering " + request), -1)).as(log).hasSize(2);
		assertThat(log.split(Pattern.quote(exception), -1)).as(log).hasSize(2);
		String after = log.substring(log.indexOf(exception));
		assertThat(after).contains("\tat " + Buggy.class.getName());
	}

	/**
	 * A controller with bugs, for this test only, open to anybody on its own filter
	 * chain: the consoles' chain denies paths it does not know.
	 */
	@RestController
	static class Buggy {

		@Bean
		@Order(0)
		SecurityFilterChain buggyPaths(HttpSecurity http) throws Exception {
			http.securityMatcher("/test/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable());
			return http.build();
		}

		@PostMapping("/test/broken-invariant")
		String brokenInvariant() {
			throw new IllegalStateException("invariant-7f3a broke");
		}

		@GetMapping("/test/bad-argument")
		String badArgument() {
			throw new IllegalArgumentException("argument-91c2 is wrong");
		}

	}

}
