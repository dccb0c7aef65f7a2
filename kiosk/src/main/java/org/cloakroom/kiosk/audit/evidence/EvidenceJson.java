package org.cloakroom.kiosk.audit.evidence;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.audit.AuditEntry;

/**
 * The bundle's JSON: an entry a line in {@code events.jsonl} (every column, as in an
 * archive), a {@link ChainLink} a line in {@code chain.jsonl}, and {@code bundle.json}.
 */
final class EvidenceJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private EvidenceJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * An entry from its line.
	 * @throws IllegalArgumentException saying what is missing or malformed
	 */
	static AuditEntry entry(String line) {
		try {
			JsonNode node = JSON.readTree(line);
			JsonNode keyId = node.path("keyId");
			return new AuditEntry(node.required("sequence").asLong(), Instant.parse(node.required("at").asString()),
					node.required("type").asString(), node.required("subject").asString(),
					node.required("alert").asBoolean(), node.required("details").asString(),
					node.required("previousHash").asString(), node.required("hash").asString(),
					(keyId.isNull() || keyId.isMissingNode()) ? null : keyId.asString());
		}
		catch (JacksonException | java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("not an audit entry: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A chain link from its line.
	 * @throws IllegalArgumentException saying what is malformed
	 */
	static ChainLink link(String line) {
		try {
			ChainLink link = JSON.readValue(line, ChainLink.class);
			if (link.previousHash() == null || link.hash() == null) {
				throw new IllegalArgumentException("not a chain link: previousHash and hash are required");
			}
			return link;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not a chain link: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * The bundle's description.
	 * @throws IllegalArgumentException saying what is malformed
	 */
	static BundleDescription description(byte[] json) {
		try {
			return JSON.readValue(json, BundleDescription.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not a bundle description: " + ex.getOriginalMessage(), ex);
		}
	}

}
