package org.cloakroom.kiosk.enrollment;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditableEvent;

/** A phone's app inventory was recorded; {@code appIds} sorted. */
public record InventoryRecorded(long phoneId, long inventoryId, InventorySource source, Instant recordedAt,
		List<String> appIds) implements AuditableEvent {

	public InventoryRecorded {
		appIds = List.copyOf(appIds);
	}

	@Override
	public String subject() {
		return "phone:" + this.phoneId;
	}

}
