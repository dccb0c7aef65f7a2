package org.cloakroom.kiosk.enrollment;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An MDM import was written: which MDM and format, how many rows, the inventories it
 * recorded per phone, and the devices that matched no enrolled phone (not imported).
 */
public record InventoriesImported(String mdm, MdmFormat format, Instant importedAt, int rows, List<Long> phoneIds,
		List<String> unmatchedDevices) implements AuditableEvent {

	public InventoriesImported {
		phoneIds = List.copyOf(phoneIds);
		unmatchedDevices = List.copyOf(unmatchedDevices);
	}

	@Override
	public String subject() {
		return "mdm:" + this.mdm;
	}

}
