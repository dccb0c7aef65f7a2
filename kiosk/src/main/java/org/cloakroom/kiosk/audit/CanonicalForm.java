package org.cloakroom.kiosk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audit entry's hash covers, so that anyone can re-verify the chain without this
 * program.
 *
 * <p>
 * An entry's {@code hash} is the lower-case hex SHA-256 of these seven lines, joined by a
 * single line feed ({@code \n}, none after the last), encoded in UTF-8:
 * <ol>
 * <li>{@code sequence} in decimal: {@code 42}</li>
 * <li>{@code recorded_at} in UTC, ISO-8601 with exactly three fraction digits:
 * {@code 2026-11-22T08:44:40.120Z}</li>
 * <li>{@code type}</li>
 * <li>{@code subject}</li>
 * <li>{@code alert}: {@code true} or {@code false}</li>
 * <li>{@code details} exactly as stored</li>
 * <li>{@code previous_hash}: the hash of the entry before, 64 zeros for entry 1</li>
 * </ol>
 * Type and subject never hold a line break (the log refuses them) and details are JSON on
 * one line, so no field can shift into another. In Python:
 * {@code sha256("\n".join([str(seq), at, type, subject, "true" if alert else "false",
 * details, previous_hash]).encode("utf-8")).hexdigest()}. The chain is intact when
 * sequences run 1, 2, 3, ... without a gap, each {@code previous_hash} equals the hash
 * before it, each hash matches its lines, and the single row of {@code audit_chain_head}
 * names the last entry's sequence and hash.
 *
 * <p>
 * Details are the event serialized by Jackson on one line: object properties and map keys
 * sorted, instants and durations as ISO-8601 strings, collections in their own order.
 * Verification hashes the stored text, so it never re-serializes an event.
 */
final class CanonicalForm {

	static final String GENESIS_HASH = "0".repeat(64);

	private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper DETAILS = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.disable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
		.build();

	private CanonicalForm() {
	}

	/** The event as the details of its entry. */
	static String details(Object event) {
		try {
			return DETAILS.writeValueAsString(event);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Cannot serialize audit event " + event.getClass().getName() + " to JSON: "
					+ ex.getOriginalMessage(), ex);
		}
	}

	/** The instant as it appears in the canonical form. */
	static String recordedAt(Instant at) {
		return RECORDED_AT.format(at);
	}

	/** The hash the entry should carry, computed from everything but its own hash. */
	static String hashOf(AuditEntry entry) {
		return hash(entry.sequence(), entry.at(), entry.type(), entry.subject(), entry.alert(), entry.details(),
				entry.previousHash());
	}

	static String hash(long sequence, Instant at, String type, String subject, boolean alert, String details,
			String previousHash) {
		String canonical = String.join("\n", Long.toString(sequence), recordedAt(at), type, subject,
				Boolean.toString(alert), details, previousHash);
		return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java runtime offers no SHA-256", ex);
		}
	}

}
