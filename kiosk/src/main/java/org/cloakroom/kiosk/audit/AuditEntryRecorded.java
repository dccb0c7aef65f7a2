package org.cloakroom.kiosk.audit;

/**
 * Published by the audit log after it appended an entry, inside the appending
 * transaction: listen after commit to show it live, or synchronously to change something
 * with it (the alerts queue opens an alert in the same transaction).
 *
 * @param entry the entry as stored
 * @param event the event it records
 */
public record AuditEntryRecorded(AuditEntry entry, AuditableEvent event) {
}
