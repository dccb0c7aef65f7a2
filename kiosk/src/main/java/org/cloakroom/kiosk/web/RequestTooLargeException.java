package org.cloakroom.kiosk.web;

/**
 * A request body grew past its limit while it was read (it declared no length, or a false
 * one). Unchecked, and neither an {@link IllegalArgumentException} nor an
 * {@link java.io.IOException}, so that no parser on the way turns it into a 400.
 */
class RequestTooLargeException extends RuntimeException {

	private final RequestSizeLimits.Limit limit;

	RequestTooLargeException(RequestSizeLimits.Limit limit) {
		super(limit.property() + " (" + limit.bytes() + " bytes) exceeded", null, false, false);
		this.limit = limit;
	}

	RequestSizeLimits.Limit limit() {
		return this.limit;
	}

}
