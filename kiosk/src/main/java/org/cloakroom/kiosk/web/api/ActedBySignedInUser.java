package org.cloakroom.kiosk.web.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * The body of a change the log records in the signed-in console user's name. A body that
 * still names who acts ({@code by}, {@code grantedBy}, {@code revokedBy}: any {@code by}
 * or {@code ...By}) is refused with a 400 naming the field, not ignored: an identity
 * claim silently dropped would let a script believe it had been recorded. Other
 * properties a body does not take are ignored, as everywhere in the API.
 */
interface ActedBySignedInUser {

	@JsonAnySetter
	default void otherProperty(String name, Object value) {
		if (name.equals("by") || name.endsWith("By")) {
			throw new InvalidRequest("request.actor-in-body", name);
		}
	}

}
