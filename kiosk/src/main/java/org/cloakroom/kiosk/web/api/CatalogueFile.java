package org.cloakroom.kiosk.web.api;

import java.util.List;

import org.cloakroom.kiosk.policy.Severity;

/**
 * The catalogue's JSON file as the export writes it and the import reads it; here only to
 * describe it in the OpenAPI document (the policy module writes the file itself).
 */
record CatalogueFile(String about, List<Entry> entries) {

	record Entry(String id, String name, String publisher, Severity severity, String reason, String aliasOf,
			List<CatalogueEntryView.Identifier> identifiers, List<CatalogueEntryView.Source> sources) {
	}

}
