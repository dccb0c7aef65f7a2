package org.cloakroom.kiosk.web;

import java.util.Map;

import org.cloakroom.kiosk.ImportLimits;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A body stopped at its size limit while being read, or a multipart upload past the
 * container's limit, is a 413 problem naming the limit and the property that sets it
 * (ahead of {@link ApiErrors}, which answers every other refusal, an unreadable multipart
 * body included).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadRefusals {

	private final ImportLimits limits;

	UploadRefusals(ImportLimits limits) {
		this.limits = limits;
	}

	@ExceptionHandler(RequestTooLargeException.class)
	ResponseEntity<Map<String, Object>> tooLarge(RequestTooLargeException ex) {
		return answer(ex.limit());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> uploadTooLarge(MaxUploadSizeExceededException ex) {
		return answer(new RequestSizeLimits.Limit("A catalogue upload", this.limits.catalogueMaxSize().toBytes(),
				ImportLimits.PREFIX + "catalogue-max-size"));
	}

	private static ResponseEntity<Map<String, Object>> answer(RequestSizeLimits.Limit limit) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(RequestSizeLimits.problem(limit));
	}

}
