package org.cloakroom.kiosk.policy;

import java.util.List;

/**
 * What an import did: the ids it created, those it replaced, those it left because they
 * were already identical, and those it retired because the file, imported as the whole
 * catalogue, left them out.
 */
public record CatalogueImportResult(int entries, List<String> created, List<String> replaced, List<String> unchanged,
		List<String> retired) {

	public CatalogueImportResult {
		created = List.copyOf(created);
		replaced = List.copyOf(replaced);
		unchanged = List.copyOf(unchanged);
		retired = List.copyOf(retired);
	}

}
