package org.cloakroom.kiosk.alert;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditEntryRecorded;
import org.cloakroom.kiosk.audit.AuditableEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts audit entries on the queue as they are appended, in the appending transaction (so
 * an alert exists iff its entry committed): an entry whose event raises an alert opens
 * one with its severity, once per open episode; any other alert entry opens a HIGH alert
 * of its own; an entry that ends an episode stamps the end on its alert; an officer's
 * step marks its alert as changed by that entry (for the live stream).
 */
@Component
class AlertOpening {

	private final AlertTable table;

	AlertOpening(AlertTable table) {
		this.table = table;
	}

	@EventListener
	void on(AuditEntryRecorded recorded) {
		AuditEntry entry = recorded.entry();
		AuditableEvent event = recorded.event();
		if (event instanceof RaisesAlert raises) {
			open(entry, raises.severity(), raises.episodeKey());
		}
		else if (entry.alert()) {
			open(entry, AlertSeverity.HIGH, null);
		}
		if (event instanceof EndsAlertEpisode ends) {
			this.table.endEpisode(ends.episodeKey(), ends.endedAt(), entry.sequence());
		}
		if (event instanceof AlertStepEvent step) {
			this.table.changedBy(step.alertId(), entry.sequence());
		}
	}

	private void open(AuditEntry entry, AlertSeverity severity, String episodeKey) {
		if (episodeKey != null && this.table.episodeOpen(episodeKey)) {
			return;
		}
		this.table.open(entry.sequence(), entry.type(), entry.subject(),
				(severity != null) ? severity : AlertSeverity.HIGH, entry.at(), episodeKey);
	}

}
