package org.cloakroom.kiosk.audit;

/**
 * Published by the audit log after it appended an entry; listen after commit to show it
 * live.
 */
public record AuditEntryRecorded(AuditEntry entry) {
}
