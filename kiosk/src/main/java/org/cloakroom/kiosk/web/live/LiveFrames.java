package org.cloakroom.kiosk.web.live;

import java.util.Set;

import org.cloakroom.kiosk.audit.AuditEntry;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Turns an audit entry into the event each audience gets. */
@Component
class LiveFrames {

	private final SpringTemplateEngine templates;

	LiveFrames(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/** The officer console's new table row. */
	LiveFrame officerRow(AuditEntry entry) {
		Context context = new Context();
		context.setVariable("entry", entry);
		String row = this.templates.process("officer-row", Set.of("row"), context).strip();
		return LiveFrame.event(entry.sequence(), "entry", row);
	}

	/** The kiosk screen's nudge to fetch the screen again. */
	LiveFrame kioskRefresh(AuditEntry entry) {
		return LiveFrame.event(entry.sequence(), "refresh", entry.type());
	}

	/**
	 * For a client that missed more entries than are replayed: the officer page reloads,
	 * the kiosk screen refreshes once.
	 */
	LiveFrame tooFarBehind(Audience audience, long sequence, int replayed) {
		return switch (audience) {
			case OFFICER -> LiveFrame.event(sequence, "reload", "more than " + replayed + " entries were missed");
			case KIOSK -> LiveFrame.event(sequence, "refresh", "missed");
		};
	}

}
