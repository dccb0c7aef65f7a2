package org.cloakroom.kiosk.fleet.consoles;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.alert.KioskAlerts;
import org.cloakroom.kiosk.fleet.KioskEntriesIngested;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the alerts a kiosk's ingested entries raise, naming the kiosk, as its entries
 * arrive: the ingest publishes them once they committed, and a batch forwarded again
 * opens nothing twice.
 */
@Component
@CentralHome
class IngestedAlerts {

	private final KioskAlerts alerts;

	IngestedAlerts(KioskAlerts alerts) {
		this.alerts = alerts;
	}

	@EventListener
	void on(KioskEntriesIngested ingested) {
		this.alerts.accepted(ingested.kioskName(),
				ingested.entries().stream().map(ForwardedEntry::toAuditEntry).toList());
	}

}
