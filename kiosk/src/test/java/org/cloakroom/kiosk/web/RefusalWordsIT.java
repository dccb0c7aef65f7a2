package org.cloakroom.kiosk.web;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every refusal says in words what was wrong and where, naming the field or value, and
 * never a Java type (the binder's own messages name {@code java.lang.Long} or our request
 * classes).
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:refusal-words;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RefusalWordsIT {

	private static final Pattern JAVA_TYPE = Pattern
		.compile("\\b(java|javax|jakarta|org|com|tools)\\.[a-z]|Exception|JsonToken|START_ARRAY|`");

	@Autowired
	private MockMvc mvc;

	@Test
	void theKioskScreenRefusesAHandMadeFormPostInWords() throws Exception {
		String screen = this.mvc.perform(post("/kiosk/answer").param("phoneId", "x").param("carried", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(screen).contains("did not understand");
		assertThat(JAVA_TYPE.matcher(screen).find()).as(screen).isFalse();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource(delimiter = ';', quoteCharacter = '"',
			textBlock = """
					POST; /api/v1/checkins; "{""badgeId"": 5, ""pin"": [1]}"; 400; pin
					POST; /api/v1/checkins; [];                                   400; object
					POST; /api/v1/checkins; "{""badgeId"": ";                     400; line 1
					POST; /api/v1/checkins/00000000-0000-0000-0000-000000000000/answers; "{""phoneId"": ""x"", ""carried"": true}"; 400; phoneId
					POST; /api/v1/checkins/not-a-visit/answers; "{""phoneId"": 1, ""carried"": true}"; 400; not-a-visit
					POST; /api/v1/kiosk/answers; "{""phoneId"": 1, ""carried"": ""maybe""}"; 400; carried
					POST; /api/v1/simulation/phones/ada-pixel/position; "{""position"": ""MARS""}"; 400; AT_DOOR
					POST; /api/v1/policy/exemptions; "{""phoneId"": ""abc""}";   400; phoneId
					POST; /api/v1/phones/1/declarations; "{""appIds"": ""x""}";  400; appIds
					POST; /api/v1/employees; "{""name"": {""a"": 1}}";           400; name
					POST; /api/v1/lockers/1/open; ;                               400; body
					POST; /api/v1/lockers/seven/open; "{""reason"": ""b""}";    400; seven
					GET;  /api/v1/audit/events?limit=abc; ;                       400; limit
					GET;  /api/v1/audit/events?after=1e99; ;                      400; after
					GET;  /api/v1/policy/checklist; ;                             400; platform
					GET;  /api/v1/lockers/2147483648; ;                           400; 2147483648
					""")
	void refusalNamesTheFieldAndNoJavaType(String method, String path, String body, int status, String named)
			throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
			.with(SignedIn.adminUnlessKiosk(path));
		if (method.equals("POST")) {
			request.contentType(MediaType.APPLICATION_JSON).content((body != null) ? body : "");
		}
		MvcResult result = this.mvc.perform(request)
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn();
		String answer = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(status);
		assertThat(answer).contains(named);
		assertThat(JAVA_TYPE.matcher(answer).find()).as(answer).isFalse();
	}

}
