package org.cloakroom.kiosk.web;

import java.security.Principal;

/**
 * The console user a request acts as, from its sign-in (session or HTTP Basic): the name
 * every audited change records as who did it. A handler of a change takes it as an
 * argument; a name the request body claims is never taken instead.
 *
 * @param name the console user's name
 */
public record SignedInUser(String name) {

	public SignedInUser {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A signed-in user has a name");
		}
	}

	/**
	 * The user of a request the console chain let through; none is a broken invariant (a
	 * change handled without a sign-in), not a refusal.
	 */
	static SignedInUser of(Principal principal) {
		if (principal == null) {
			throw new IllegalStateException("A change reached its handler without a signed-in user");
		}
		return new SignedInUser(principal.getName());
	}

}
