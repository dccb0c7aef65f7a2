package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A catalogue file was imported as a whole: how many entries, how many were new, replaced
 * or unchanged, the file's size and SHA-256 (which name the exact file), and the admin
 * {@code by} names who imported it. Its size does not grow with the file.
 */
@AuditType("FlaggedAppsImported")
public record FlaggedAppsImported(CatalogueFormat format, int count, int created, int replaced, int unchanged,
		long fileBytes, String fileSha256, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.flaggedAppCatalogue();
	}

}
