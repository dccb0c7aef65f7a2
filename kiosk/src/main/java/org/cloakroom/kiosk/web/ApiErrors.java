package org.cloakroom.kiosk.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.checkin.NothingStoredException;
import org.cloakroom.kiosk.enrollment.DuplicateBadgeException;
import org.cloakroom.kiosk.enrollment.DuplicateIdentityException;
import org.cloakroom.kiosk.enrollment.WrongPinException;
import org.cloakroom.kiosk.locker.NoFreeLockerException;
import org.cloakroom.kiosk.policy.DuplicateFlaggedAppException;
import org.cloakroom.kiosk.security.PinEntryLockedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the API's refusals to HTTP on purpose, as RFC 9457 problem details whose
 * {@code detail} names what was wrong: 404 unknown ids, 400 bad input, 403 a wrong PIN
 * (counted), 429 PIN entry locked, 409 a request that does not fit the current state.
 * Spring MVC's own exceptions (405, 415, ...) become problem details through the base
 * class.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private final Clock clock;

	ApiErrors(Clock clock) {
		this.clock = clock;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-input", ex.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		String why = (cause instanceof IllegalArgumentException) ? cause.getMessage()
				: "the request body is not the JSON this endpoint takes (" + firstLine(cause.getMessage()) + ")";
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-body", why));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> error.getField() + " " + error.getDefaultMessage())
			.collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-body", fields));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-input", "'" + ex.getValue() + "' is not a valid " + ex.getName());
	}

	@ExceptionHandler(WrongPinException.class)
	ProblemDetail wrongPin(WrongPinException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "wrong-pin", ex.getMessage());
		problem.setProperty("attemptsLeft", ex.attemptsLeft());
		return problem;
	}

	@ExceptionHandler(PinEntryLockedException.class)
	ResponseEntity<ProblemDetail> locked(PinEntryLockedException ex) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "pin-locked", ex.getMessage());
		problem.setProperty("lockedUntil", ex.lockedUntil().toString());
		long seconds = Math.max(1, Duration.between(this.clock.instant(), ex.lockedUntil()).toSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	@ExceptionHandler({ IllegalStateException.class, NoFreeLockerException.class, NothingStoredException.class,
			DuplicateBadgeException.class, DuplicateIdentityException.class, DuplicateFlaggedAppException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:cloakroom:problem:" + type));
		return problem;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "empty";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
