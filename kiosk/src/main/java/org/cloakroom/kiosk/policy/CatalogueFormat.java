package org.cloakroom.kiosk.policy;

/** The file formats the catalogue is imported from and exported to. */
public enum CatalogueFormat {

	/** {@code {"about": "...", "entries": [ ... ]}} or a bare array of entries. */
	JSON,
	/** One entry per row, header names case-insensitive, lists encoded in a cell. */
	CSV

}
