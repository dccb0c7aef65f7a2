package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An MDM import was written: which MDM and format, how many rows, how many inventories it
 * recorded (each phone's is its own {@link InventoryRecorded}), how many rows named
 * devices that match no enrolled phone (not imported), and the file's size and SHA-256.
 * Its size does not grow with the file. {@code by}: the console user (null in older
 * logs).
 */
@AuditType("InventoriesImported")
public record InventoriesImported(String mdm, MdmFormat format, Instant importedAt, long rows, int inventories,
		long unmatchedRows, long fileBytes, String fileSha256, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.mdm(this.mdm);
	}

}
