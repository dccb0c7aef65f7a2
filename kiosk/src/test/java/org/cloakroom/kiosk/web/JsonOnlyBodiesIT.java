package org.cloakroom.kiosk.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint that changes something and takes a body takes JSON only, so a form or a
 * {@code text/plain} post (what a foreign page can send without asking) is a 415. The
 * imports, which take files, declare their own types.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:json-only;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class JsonOnlyBodiesIT {

	private static final Set<String> FILE_IMPORTS = Set.of("/api/v1/catalogue/import", "/api/v1/mdm/imports");

	private static final Set<RequestMethod> CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyChangingEndpointWithABodyDeclaresJsonAndRefusesTextAndForms() throws Exception {
		List<Map.Entry<RequestMappingInfo, HandlerMethod>> withBodies = this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((mapping) -> changes(mapping.getKey()) && takesBody(mapping.getValue()))
			.filter((mapping) -> mapping.getKey().getPatternValues().stream().noneMatch(FILE_IMPORTS::contains))
			.toList();
		assertThat(withBodies).hasSizeGreaterThanOrEqualTo(20);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : withBodies) {
			assertThat(mapping.getKey().getConsumesCondition().getConsumableMediaTypes())
				.as("consumes of %s", mapping.getValue())
				.containsExactly(MediaType.APPLICATION_JSON);
			String path = mapping.getKey().getPatternValues().iterator().next().replaceAll("\\{[^}]+}", "1");
			RequestMethod method = mapping.getKey().getMethodsCondition().getMethods().iterator().next();
			for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED)) {
				this.mvc
					.perform(request(method.asHttpMethod(), path).contentType(type)
						.content("{}")
						.with(SignedIn.adminUnlessKiosk(path)))
					.andExpect(status().isUnsupportedMediaType())
					.andExpect(jsonPath("$.status").value(415))
					.andExpect(jsonPath("$.detail").value("This endpoint takes application/json, not " + type));
			}
		}
	}

	private static boolean changes(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().stream().anyMatch(CHANGING::contains);
	}

	private static boolean takesBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return true;
			}
		}
		return false;
	}

}
