package org.cloakroom.kiosk.web;

import org.cloakroom.kiosk.Refusal;

import org.springframework.http.HttpStatus;

/**
 * What each kind of {@link Refusal} is on the wire: its HTTP status, and its problem type
 * ({@code urn:cloakroom:problem:<type>}), the types the API answered before refusals had
 * kinds. The filter chains' refusals (sign-in, a role, the kiosk's token) are kinds too,
 * so they answer with the same statuses.
 */
public enum RefusalKinds {

	INVALID(HttpStatus.BAD_REQUEST, "bad-input"), UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),
	NOT_ALLOWED(HttpStatus.FORBIDDEN, "not-allowed"), NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
	CONFLICT(HttpStatus.CONFLICT, "conflict"), TOO_MANY(HttpStatus.TOO_MANY_REQUESTS, "too-many"),
	GONE(HttpStatus.GONE, "gone");

	private final HttpStatus status;

	private final String type;

	RefusalKinds(HttpStatus status, String type) {
		this.status = status;
		this.type = type;
	}

	public static RefusalKinds of(Refusal.Kind kind) {
		return valueOf(kind.name());
	}

	public HttpStatus status() {
		return this.status;
	}

	String type() {
		return this.type;
	}

}
