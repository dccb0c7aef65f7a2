package org.cloakroom.kiosk.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors that reach the container's error page are problem JSON too. */
class ProblemErrorControllerTest {

	private final ProblemErrorController controller = new ProblemErrorController(
			new RefusalWords(ApiErrorsTest.messages()));

	@Test
	void anErrorSentByAFilterIsProblemJsonWithItsStatusAndPath() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/mdm/imports");
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE,
				"Maximum upload size exceeded; nested exception is java.lang.IllegalStateException");
		ResponseEntity<ProblemDetail> answer = this.controller.error(request);
		assertThat(answer.getStatusCode().value()).isEqualTo(413);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().getDetail()).contains("/api/v1/mdm/imports").doesNotContain("java");
		assertThat(answer.getBody().getInstance()).hasToString("/api/v1/mdm/imports");
	}

	@Test
	void aReadableMessageIsKept() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/kiosk/identify");
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "The badge number is missing");
		assertThat(this.controller.error(request).getBody().getDetail()).isEqualTo("The badge number is missing");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() {
		ProblemDetail problem = this.controller.error(new MockHttpServletRequest("GET", "/error")).getBody();
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getDetail()).isEqualTo("Nothing is at /error");
	}

}
