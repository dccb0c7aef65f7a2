package org.cloakroom.kiosk.policy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an import of one file would do, computed without writing anything: the entries it
 * would add, those it would change (each with what changes, as the log would record it),
 * those it would retire (with {@code retireMissing}, the entries the file leaves out) and
 * those it would leave as they are; the file's size and SHA-256 name the file previewed.
 */
public record CataloguePreview(CatalogueFormat format, int entries, List<Entry> added, List<Changed> changed,
		List<Entry> retired, List<String> unchanged, long fileBytes, String fileSha256) {

	public CataloguePreview {
		added = List.copyOf(added);
		changed = List.copyOf(changed);
		retired = List.copyOf(retired);
		unchanged = List.copyOf(unchanged);
	}

	/** Whether applying the file would write nothing. */
	@JsonProperty
	public boolean changesNothing() {
		return this.added.isEmpty() && this.changed.isEmpty() && this.retired.isEmpty();
	}

	/** An entry by id and (English) name. */
	public record Entry(String id, String name) {
	}

	/**
	 * An entry the file changes: {@code fields} names each field that changes (name,
	 * reason.zh-CN, identifier, ...), {@code changes} says how, before and after.
	 */
	public record Changed(String id, String name, List<String> fields, List<String> changes) {

		public Changed {
			fields = List.copyOf(fields);
			changes = List.copyOf(changes);
		}

	}

}
