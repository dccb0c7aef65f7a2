package org.cloakroom.kiosk.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.checkin.NothingStoredException;
import org.cloakroom.kiosk.enrolment.WrongPinException;
import org.cloakroom.kiosk.locker.NoFreeLockerException;
import org.cloakroom.kiosk.enrolment.DuplicateBadgeException;
import org.cloakroom.kiosk.enrolment.DuplicateIdentityException;
import org.cloakroom.kiosk.policy.DuplicateFlaggedAppException;
import org.cloakroom.kiosk.security.PinEntryLockedException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps the API's refusals to HTTP on purpose, as RFC 9457 problem details whose
 * {@code detail} names what was wrong and never a Java type: 404 unknown ids, 400 bad
 * input, 403 a wrong PIN (counted), 413 a body past its limit (naming the limit and its
 * property), 429 PIN entry locked, 409 a request that does not fit the current state, 500
 * a fault of ours (logged once with its stack trace). Spring MVC's own exceptions (404,
 * 405, 415, ...) become problem details through the base class, for requests no
 * controller took too; the pages' controllers answer their own refusals first.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private static final String OUR_CODE = "org.cloakroom.";

	private final Clock clock;

	private final ImportLimits limits;

	private final MessageSource messages;

	ApiErrors(Clock clock, ImportLimits limits, MessageSource messages) {
		this.clock = clock;
		this.limits = limits;
		this.messages = messages;
	}

	/**
	 * A module's refusal: its kind decides the status, the message bundles its words.
	 */
	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
		};
		return problem(status, ex.code(), RefusalWords.of(this.messages, ex));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-input", JavaTypes.scrub(ex.getMessage()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "malformed-body", JsonBodyWords.why(ex)));
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

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "value";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "bad-input", "'" + ex.getValue() + "' is not a valid " + name
					+ ": it must be " + JsonBodyWords.kind(ex.getRequiredType())));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "missing-parameter",
					"The parameter '" + ex.getParameterName() + "' is required"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof ImportTypes.Refused) {
			return handleExceptionInternal(ex, ex.getBody(), headers, status, request);
		}
		String takes = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(" or "));
		String sent = (ex.getContentType() != null) ? ex.getContentType().toString() : "no Content-Type";
		ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"This endpoint takes " + (takes.isEmpty() ? "no body" : takes) + ", not " + sent);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "not-found",
					"Nothing is at /" + ex.getResourcePath().replaceFirst("^/", "")));
	}

	/**
	 * A body stopped at its size limit while being read: 413 naming the limit and
	 * property.
	 */
	@ExceptionHandler(RequestTooLargeException.class)
	ResponseEntity<Object> tooLarge(RequestTooLargeException ex) {
		return contentTooLarge(ex.limit());
	}

	/** A multipart upload past the container's limit, which is the catalogue import's. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return contentTooLarge(RequestSizeLimits.catalogue(this.limits));
	}

	private static ResponseEntity<Object> contentTooLarge(RequestSizeLimits.Limit limit) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(RequestSizeLimits.problem(limit));
	}

	/**
	 * A multipart body without a boundary, or cut short: the client's fault, not ours.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String why = (cause != ex && cause.getMessage() != null) ? ": " + JavaTypes.scrub(cause.getMessage()) : "";
		return problem(HttpStatus.BAD_REQUEST, "malformed-upload", "The multipart/form-data body cannot be read" + why);
	}

	@ExceptionHandler(WrongPinException.class)
	ProblemDetail wrongPin(WrongPinException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, ex.code(), RefusalWords.of(ex));
		problem.setProperty("attemptsLeft", ex.attemptsLeft());
		return problem;
	}

	@ExceptionHandler(PinEntryLockedException.class)
	ResponseEntity<ProblemDetail> locked(PinEntryLockedException ex) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, ex.code(), RefusalWords.of(ex));
		problem.setProperty("lockedUntil", ex.lockedUntil().toString());
		long seconds = Math.max(1, Duration.between(this.clock.instant(), ex.lockedUntil()).toSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	@ExceptionHandler({ DuplicateBadgeException.class, DuplicateIdentityException.class,
			DuplicateFlaggedAppException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
	}

	/** A module's refusal: its kind decides the status, its bundle the words. */
	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
		};
		return problem(status, ex.code(), RefusalWords.of(ex));
	}

	/**
	 * Our entities refuse a transition in the wrong state with an
	 * {@code IllegalStateException} (409); thrown by a library, it is a fault (500).
	 */
	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail wrongState(IllegalStateException ex, WebRequest request) {
		StackTraceElement[] trace = ex.getStackTrace();
		if (trace.length > 0 && trace[0].getClassName().startsWith(OUR_CODE)) {
			return conflict(ex);
		}
		return unexpected(ex, request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure answering {}", where(request), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
				"The kiosk failed to answer this request; the failure is in its log");
	}

	/**
	 * A fault among Spring MVC's own exceptions (a body it cannot write) is logged too; a
	 * 503 for a live stream's timeout is not a fault.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (statusCode.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
			log.error("Unexpected failure answering {}", where(request), ex);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/** The base class's own problems too: no Java type in their details either. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && JavaTypes.named(problem.getDetail())) {
			problem.setDetail(JavaTypes.scrub(problem.getDetail()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String where(WebRequest request) {
		return (request instanceof ServletWebRequest servlet)
				? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI() : request.toString();
	}

	static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:cloakroom:problem:" + type));
		return problem;
	}

}
