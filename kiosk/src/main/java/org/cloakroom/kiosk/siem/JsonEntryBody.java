package org.cloakroom.kiosk.siem;

import java.time.format.DateTimeFormatter;

import org.cloakroom.kiosk.audit.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The entry as one JSON object on one line: sequence, recordedAt, type, subject, alert,
 * details (the event's own JSON), hash and previousHash. Characters beyond ASCII are
 * escaped ({@code \u00e9}), so the body is plain ASCII whatever the details hold.
 */
final class JsonEntryBody implements EntryBody {

	private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	@Override
	public String of(AuditEntry entry) {
		ObjectNode body = JSON.createObjectNode();
		body.put("sequence", entry.sequence());
		body.put("recordedAt", DateTimeFormatter.ISO_INSTANT.format(entry.at()));
		body.put("type", entry.type());
		body.put("subject", entry.subject());
		body.put("alert", entry.alert());
		body.set("details", details(entry.details()));
		body.put("hash", entry.hash());
		body.put("previousHash", entry.previousHash());
		return JSON.writeValueAsString(body);
	}

	/**
	 * The details as JSON; details the log holds that are not JSON (none are written so)
	 * still go, as a string, rather than stopping the forwarding.
	 */
	private static JsonNode details(String details) {
		try {
			return JSON.readTree(details);
		}
		catch (JacksonException ex) {
			return JSON.getNodeFactory().stringNode(details);
		}
	}

}
