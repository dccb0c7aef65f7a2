package org.cloakroom.kiosk.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an entry names by itself: its subject, and the ids its details carry under the
 * names the events have always used ({@code employeeId}, {@code phoneId(s)},
 * {@code lockerId(s)}, {@code sessionId} for a storage, {@code visitId} for a check-in,
 * {@code badgeId}, {@code deviceKey(s)}), at any depth (a check-in names its phones
 * inside {@code phones}). A pure function of the stored entry, so a backfill finds the
 * same.
 */
final class EntryReferences {

	private static final JsonMapper JSON = JsonMapper.shared();

	/** Field names in details, and the kind of thing each names. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("employeeId", Reference.EMPLOYEE),
			Map.entry("phoneId", Reference.PHONE), Map.entry("phoneIds", Reference.PHONE),
			Map.entry("lockerId", Reference.LOCKER), Map.entry("lockerIds", Reference.LOCKER),
			Map.entry("sessionId", Reference.STORAGE), Map.entry("storageId", Reference.STORAGE),
			Map.entry("visitId", Reference.CHECK_IN), Map.entry("checkInId", Reference.CHECK_IN),
			Map.entry("badgeId", Reference.BADGE), Map.entry("deviceKey", Reference.DEVICE),
			Map.entry("deviceKeys", Reference.DEVICE));

	private EntryReferences() {
	}

	static Set<Reference> of(AuditEntry entry) {
		Set<Reference> references = new LinkedHashSet<>();
		int colon = entry.subject().indexOf(':');
		if (colon > 0 && colon < entry.subject().length() - 1) {
			references.add(new Reference(entry.subject().substring(0, colon), entry.subject().substring(colon + 1)));
		}
		try {
			collect(JSON.readTree(entry.details()), references);
		}
		catch (JacksonException ex) {
			// details are JSON by construction; an entry whose are not is indexed by its
			// subject alone, and verification is what reports on it
		}
		return references;
	}

	private static void collect(JsonNode node, Set<Reference> references) {
		if (node.isArray()) {
			node.forEach((item) -> collect(item, references));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		node.properties().forEach((field) -> {
			String kind = FIELDS.get(field.getKey());
			if (kind != null) {
				ids(field.getValue(), kind, references);
			}
			else {
				collect(field.getValue(), references);
			}
		});
	}

	private static void ids(JsonNode value, String kind, Set<Reference> references) {
		if (value.isArray()) {
			value.forEach((item) -> ids(item, kind, references));
		}
		else if (value.isValueNode() && !value.isNull()) {
			String id = value.asString();
			if (!id.isBlank() && id.length() <= Reference.MAX_ID_LENGTH) {
				references.add(new Reference(kind, id));
			}
		}
	}

}
