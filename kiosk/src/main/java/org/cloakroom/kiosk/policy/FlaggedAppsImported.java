package org.cloakroom.kiosk.policy;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A catalogue file was imported as a whole: how many entries, and which were new or
 * replaced.
 */
public record FlaggedAppsImported(CatalogueFormat format, int count, List<String> created, List<String> replaced,
		int unchanged) implements AuditableEvent {

	public FlaggedAppsImported {
		created = List.copyOf(created);
		replaced = List.copyOf(replaced);
	}

	@Override
	public String subject() {
		return "flagged-app-catalogue";
	}

}
