package org.cloakroom.kiosk.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of requests that no controller answered (a filter's refusal, a servlet
 * error): a problem-details JSON like every other refusal, never a white-label HTML page.
 * Whoever failed has logged the failure; this only answers.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	private final RefusalWords words;

	ProblemErrorController(RefusalWords words) {
		this.words = words;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed instanceof String uri) ? uri : request.getRequestURI();
		String message = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String detail = (message != null && !message.isBlank() && !JavaTypes.named(message)) ? message
				: this.words.of(
						(status == HttpStatus.NOT_FOUND) ? RefusalWords.words("problem.nothing-here", path)
								: RefusalWords.words("problem.status-answering", status.getReasonPhrase(), path),
						request.getLocale());
		ProblemDetail problem = ApiErrors.problem(status, status.is5xxServerError() ? "internal" : "refused", detail);
		instance(path).ifPresent(problem::setInstance);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Optional<URI> instance(String path) {
		try {
			return Optional.ofNullable(path).map(URI::create);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// asked for directly, not forwarded with an error: there is nothing here
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
