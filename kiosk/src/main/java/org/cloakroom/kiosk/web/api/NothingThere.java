package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.NotFoundException;

/**
 * A part of something that exists is missing (a phone without an inventory, say): a
 * not-found with words of its own, {@code refusal.<code>}.
 */
final class NothingThere extends NotFoundException {

	NothingThere(String code, Object... arguments) {
		super(code, arguments);
	}

}
