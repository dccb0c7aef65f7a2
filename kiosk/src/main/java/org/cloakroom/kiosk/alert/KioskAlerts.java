package org.cloakroom.kiosk.alert;

import java.util.List;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.audit.AuditEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Centrally, puts registered kiosks' forwarded entries on the queue as this instance's
 * own entries are: an entry that raises an alert opens one naming its kiosk (with the
 * severity and the episode its event gives), an alert entry of another type a HIGH one,
 * an entry that ends an episode stamps the end on that kiosk's alert. A kiosk's officers'
 * own steps on its alerts stay on the kiosk.
 */
@Service
@CentralHome
public class KioskAlerts {

	private final AlertOpening opening;

	private final AlertTable table;

	private final AlertingTypes types = new AlertingTypes();

	KioskAlerts(AlertOpening opening, AlertTable table) {
		this.opening = opening;
		this.table = table;
	}

	/**
	 * The kiosk's entries central accepted, in its order; an entry that opened its alert
	 * already (forwarded again) opens none.
	 * @param kiosk the registered kiosk's name
	 */
	@Transactional
	public void accepted(String kiosk, List<AuditEntry> entries) {
		for (AuditEntry entry : entries) {
			if (!this.table.raised(kiosk, entry.sequence())) {
				this.opening.put(kiosk, entry, this.types.event(entry).orElse(null));
			}
		}
	}

}
