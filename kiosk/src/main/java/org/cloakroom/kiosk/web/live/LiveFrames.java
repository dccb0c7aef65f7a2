package org.cloakroom.kiosk.web.live;

import java.util.Optional;
import java.util.Set;

import org.cloakroom.kiosk.alert.AlertChange;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.audit.AuditEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Turns an audit entry into the event each audience gets. */
@Component
class LiveFrames {

	private final SpringTemplateEngine templates;

	private final AlertQueue alerts;

	private final JsonMapper json;

	LiveFrames(SpringTemplateEngine templates, AlertQueue alerts, JsonMapper json) {
		this.templates = templates;
		this.alerts = alerts;
		this.json = json;
	}

	/** What the audience gets for the entry, if anything. */
	Optional<LiveFrame> of(Audience audience, AuditEntry entry) {
		return switch (audience) {
			case OFFICER -> Optional.of(officerRow(entry));
			case KIOSK -> Optional.of(kioskRefresh(entry));
			case ALERTS -> alertChange(entry);
		};
	}

	/**
	 * The alert the entry opened or changed, as JSON ({@link AlertChange}); nothing for
	 * an entry that changed no alert, or whose alert has changed again since (the later
	 * entry sends it).
	 */
	Optional<LiveFrame> alertChange(AuditEntry entry) {
		Optional<AlertChange> change = this.alerts.changedBy(entry);
		return change.map((alert) -> LiveFrame.event(entry.sequence(), "alert", this.json.writeValueAsString(alert)));
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
			case OFFICER, ALERTS ->
				LiveFrame.event(sequence, "reload", "more than " + replayed + " entries were missed");
			case KIOSK -> LiveFrame.event(sequence, "refresh", "missed");
		};
	}

}
