package org.cloakroom.kiosk.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bidirectional control character (here U+202E, the right-to-left override) could make
 * a name read one way on the kiosk and in the log and be another: every name, label and
 * admin's text refuses it with a 400 naming the field and the character's position, and
 * nothing is written.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:edge-refusals;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class BidiRefusalIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest(name = "{0} of {1}")
	@CsvSource(delimiter = ';', quoteCharacter = '`',
			textBlock = """
					name;      /api/v1/employees;          `{"name": "Ada @gpj.exe", "badgeId": "BIDI-1", "pin": "1234"}`;        5
					phone label; /api/v1/employees/1/phones; `{"label": "Work @phone", "platform": "IOS"}`;                       6
					reason;    /api/v1/policy/exemptions;  `{"phoneId": 1, "expiresAt": "2099-01-01T00:00:00Z", "reason": "on @call"}`; 4
					reason;    /api/v1/lockers/1/out-of-service; `{"reason": "broken @hinge"}`;                      8
					name;      /api/v1/catalogue/entries;  `{"id": "bidi", "name": "Chat@ty", "publisher": "P", "severity": "WARN", "reason": "r", "identifiers": [{"platform": "ANDROID", "identifier": "org.bidi"}], "sources": [{"title": "t", "published": "2024-05-01", "url": "https://example.org"}]}`; 5
					""")
	void refusesTheRightToLeftOverrideNamingFieldAndPosition(String field, String path, String body, int position)
			throws Exception {
		long before = auditEntries();
		this.mvc
			.perform(post(path).contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("@", "\u202E"))
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", allOf(containsString(field), containsString("U+202E"),
					containsString("at character " + position))));
		assertThat(auditEntries()).isEqualTo(before);
	}

	private long auditEntries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
	}

}
