package org.cloakroom.kiosk.locker;

import org.cloakroom.kiosk.Refusal;

/**
 * A step the locker's state does not allow (409). The words are {@code refusal.<code>} in
 * {@code messages/locker.properties}; the locker is always {@code {0}}.
 */
public class LockerRefusal extends Refusal {

	LockerRefusal(String code, Object... arguments) {
		super(Kind.CONFLICT, code, arguments);
	}

}
