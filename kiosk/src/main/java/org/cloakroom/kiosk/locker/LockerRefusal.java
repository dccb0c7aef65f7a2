package org.cloakroom.kiosk.locker;

import org.cloakroom.kiosk.Refusal;

/**
 * A step the locker's state does not allow (409). The words are {@code refusal.<code>} in
 * {@code messages/locker.properties}; the locker is always {@code {0}}.
 */
public class LockerRefusal extends Refusal {

	LockerRefusal(String code, Object... arguments) {
		this(Kind.CONFLICT, code, arguments);
	}

	LockerRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	/** An admin's request without who or why. */
	static LockerRefusal blank(String field) {
		return new LockerRefusal(Kind.INVALID, "locker-text-blank", field);
	}

}
