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
		put(null, entry, event);
		if (event instanceof AlertStepEvent step) {
			this.table.changedBy(step.alertId(), entry.sequence());
		}
	}

	/**
	 * What the entry does to the queue, whoever's log holds it: {@code kiosk} names the
	 * registered kiosk whose forwarded entry it is (its episodes are its own: their keys
	 * are prefixed with its name), null for this instance's own; {@code event} is the
	 * entry's event, or null when it is not known here.
	 */
	void put(String kiosk, AuditEntry entry, Object event) {
		if (event instanceof RaisesAlert raises) {
			open(kiosk, entry, raises.severity(), episode(kiosk, raises.episodeKey()));
		}
		else if (entry.alert()) {
			open(kiosk, entry, AlertSeverity.HIGH, null);
		}
		if (event instanceof EndsAlertEpisode ends) {
			this.table.endEpisode(episode(kiosk, ends.episodeKey()), ends.endedAt(), entry.sequence());
		}
	}

	private void open(String kiosk, AuditEntry entry, AlertSeverity severity, String episodeKey) {
		if (episodeKey != null && this.table.episodeOpen(episodeKey)) {
			return;
		}
		this.table.open(kiosk, entry.sequence(), entry.type(), entry.subject(),
				(severity != null) ? severity : AlertSeverity.HIGH, entry.at(), episodeKey);
	}

	private static String episode(String kiosk, String key) {
		return (kiosk == null || key == null) ? key : kiosk + "/" + key;
	}

}
