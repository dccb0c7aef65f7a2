package org.cloakroom.kiosk.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.enrolment.WrongPinException;
import org.cloakroom.kiosk.security.PinEntryLockedException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
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
 * {@code detail} names what was wrong and never a Java type. A {@link Refusal} answers by
 * its kind (400 invalid, 403 not allowed, 404 not found, 409 conflict, 410 gone, 429 too
 * many) in the bundle's words; a wrong PIN adds the attempts left, a locked PIN entry
 * when it opens; a body past its limit is 413 (naming the limit and its property).
 * Everything else is a fault of ours: 500, logged once with the request and its stack
 * trace. Spring MVC's own exceptions (404, 405, 415, ...) become problem details through
 * the base class, for requests no controller took too; the pages' controllers answer
 * their own refusals first.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final Clock clock;

	private final ImportLimits limits;

	private final RefusalWords words;

	ApiErrors(Clock clock, ImportLimits limits, RefusalWords words) {
		this.clock = clock;
		this.limits = limits;
		this.words = words;
	}

	/**
	 * A refusal on purpose, by its kind; its words from the bundles, its code beside them
	 * for a program to tell one refusal from another.
	 */
	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal, Locale locale) {
		RefusalKinds kind = RefusalKinds.of(refusal.kind());
		ProblemDetail problem = problem(kind.status(), kind.type(), this.words.of(refusal, locale));
		problem.setProperty("code", refusal.code());
		refusal.properties().forEach(problem::setProperty);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof Refusal refusal) {
			// a value in the body refused itself while being read (a name with a bidi
			// control)
			ProblemDetail problem = refused(refusal, request.getLocale());
			return ResponseEntity.status(problem.getStatus()).body(problem);
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "malformed-body", say(JsonBodyWords.why(ex), request)));
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
			.body(problem(HttpStatus.BAD_REQUEST, "bad-input", say(RefusalWords.words("problem.type-mismatch",
					ex.getValue(), name, JsonBodyWords.kind(ex.getRequiredType())), request)));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "missing-parameter",
					say(RefusalWords.words("problem.missing-parameter", ex.getParameterName()), request)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof ImportTypes.Refused refused) {
			ProblemDetail problem = ex.getBody();
			problem.setDetail(say(refused.words(), request));
			return handleExceptionInternal(ex, problem, headers, status, request);
		}
		List<String> types = ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
		Object takes = types.isEmpty() ? RefusalWords.words("problem.media-type.no-body") : RefusalWords.either(types);
		Object sent = (ex.getContentType() != null) ? ex.getContentType().toString()
				: RefusalWords.words("problem.media-type.no-content-type");
		ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				say(RefusalWords.words("problem.media-type", takes, sent), request));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "not-found",
					say(RefusalWords.words("problem.nothing-here", "/" + ex.getResourcePath().replaceFirst("^/", "")),
							request)));
	}

	/**
	 * A body stopped at its size limit while being read: 413 naming the limit and
	 * property.
	 */
	@ExceptionHandler(RequestTooLargeException.class)
	ResponseEntity<Object> tooLarge(RequestTooLargeException ex, Locale locale) {
		return contentTooLarge(ex.limit(), locale);
	}

	/** A multipart upload past the container's limit, which is the catalogue import's. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return contentTooLarge(RequestSizeLimits.catalogue(this.limits), request.getLocale());
	}

	private ResponseEntity<Object> contentTooLarge(RequestSizeLimits.Limit limit, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(RequestSizeLimits.problem(limit, this.words, locale));
	}

	/**
	 * A multipart body without a boundary, or cut short: the client's fault, not ours.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex, Locale locale) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		MessageSourceResolvable words = (cause != ex && cause.getMessage() != null)
				? RefusalWords.words("problem.malformed-upload.why", JavaTypes.scrub(cause.getMessage()))
				: RefusalWords.words("problem.malformed-upload");
		return problem(HttpStatus.BAD_REQUEST, "malformed-upload", this.words.of(words, locale));
	}

	/** A wrong PIN, counted: 403 with the attempts left. */
	@ExceptionHandler(WrongPinException.class)
	ProblemDetail wrongPin(WrongPinException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "wrong-pin", words(ex, locale));
		problem.setProperty("attemptsLeft", ex.attemptsLeft());
		return problem;
	}

	/** PIN entry locked: 429 with when it opens again, and Retry-After. */
	@ExceptionHandler(PinEntryLockedException.class)
	ResponseEntity<ProblemDetail> locked(PinEntryLockedException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "pin-locked", words(ex, locale));
		problem.setProperty("lockedUntil", ex.lockedUntil().toString());
		long seconds = Math.max(1, Duration.between(this.clock.instant(), ex.lockedUntil()).toSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	/**
	 * Anything else is a fault of ours, whatever its type (an
	 * {@link IllegalStateException} from a broken invariant, an
	 * {@link IllegalArgumentException} from a bad configuration): 500, logged once here
	 * with the request and the stack trace, and a problem that names no Java type.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure answering {}", where(request), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
				say(RefusalWords.words("problem.internal"), request));
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

	/** A refusal's words from the bundles; an exception not yet a refusal has its own. */
	private String words(RuntimeException ex, Locale locale) {
		return (ex instanceof Refusal refusal) ? this.words.of(refusal, locale) : JavaTypes.scrub(ex.getMessage());
	}

	private String say(MessageSourceResolvable words, WebRequest request) {
		return this.words.of(words, request.getLocale());
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
