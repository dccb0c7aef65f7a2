package org.cloakroom.kiosk.policy;

import java.util.List;

/**
 * What an import did: the ids it created, those it replaced, and those it left because
 * they were already identical.
 */
public record CatalogueImportResult(int entries, List<String> created, List<String> replaced, List<String> unchanged) {

	public CatalogueImportResult {
		created = List.copyOf(created);
		replaced = List.copyOf(replaced);
		unchanged = List.copyOf(unchanged);
	}

}
