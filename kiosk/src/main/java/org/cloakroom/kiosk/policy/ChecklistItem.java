package org.cloakroom.kiosk.policy;

import java.util.List;

/**
 * One line of the enrolment screen's declaration checklist: a catalogue entry that is not
 * retired, with its own identifiers on one platform.
 */
public record ChecklistItem(String id, String name, String publisher, List<String> identifiers) {

	public ChecklistItem {
		identifiers = List.copyOf(identifiers);
	}

}
