package org.cloakroom.kiosk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;

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
 * An entry's {@code hash} is the lower-case hex HMAC-SHA-256, with the chain key named by
 * its {@code key_id}, of these seven lines, joined by a single line feed ({@code \n},
 * none after the last), encoded in UTF-8:
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
 * one line, so no field can shift into another. The key is the secret file
 * {@code audit-chain.key} (Base64, URL-safe, unpadded). In Python:
 * {@code key = base64.urlsafe_b64decode(open("audit-chain.key").read().strip() + "==")};
 * {@code lines = "\n".join([str(seq), at, type, subject, "true" if alert else "false",
 * details, previous_hash]).encode("utf-8")};
 * {@code hmac.new(key, lines, hashlib.sha256).hexdigest()}. A key's id (stored in
 * {@code key_id} and in each checkpoint) is the first 8 bytes in hex of
 * {@code hmac.new(key, b"cloakroom audit key id", sha256)}.
 *
 * <p>
 * Entries before {@code audit_chain_head.keyed_from} were written before the log was
 * keyed (issue 11): they have no key id and their hash is the plain SHA-256 of the same
 * lines, {@code hashlib.sha256(lines).hexdigest()}. Every entry from {@code keyed_from}
 * on must be keyed, and every signed checkpoint repeats {@code keyed_from}, so a log
 * re-hashed with plain SHA-256 contradicts them. The chain is intact when sequences run
 * 1, 2, 3, ... without a gap, each {@code previous_hash} equals the hash before it, each
 * hash matches its lines, the single row of {@code audit_chain_head} names the last
 * entry's sequence and hash, and every signed checkpoint names an entry with its hash.
 *
 * <p>
 * Details are the event serialized by Jackson on one line: object properties and map keys
 * sorted, instants and durations as ISO-8601 strings, collections in their own order.
 * Verification hashes the stored text, so it never re-serializes an event.
 */
public final class CanonicalForm {

	/** The previous hash of entry 1. */
	public static final String GENESIS_HASH = "0".repeat(64);

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

	/** The canonical lines of the entry, everything but its own hash. */
	public static String lines(AuditEntry entry) {
		return lines(entry.sequence(), entry.at(), entry.type(), entry.subject(), entry.alert(), entry.details(),
				entry.previousHash());
	}

	static String lines(long sequence, Instant at, String type, String subject, boolean alert, String details,
			String previousHash) {
		return String.join("\n", Long.toString(sequence), recordedAt(at), type, subject, Boolean.toString(alert),
				details, previousHash);
	}

	/** The keyed hash an entry carries: HMAC-SHA-256 of its lines with the chain key. */
	static String hash(ChainKey key, long sequence, Instant at, String type, String subject, boolean alert,
			String details, String previousHash) {
		return key.hash(lines(sequence, at, type, subject, alert, details, previousHash));
	}

	/** The keyed hash with a MAC of the key that the caller reuses (verification). */
	static String hash(Mac mac, String lines) {
		return HexFormat.of().formatHex(mac.doFinal(lines.getBytes(StandardCharsets.UTF_8)));
	}

	/** The hash of an entry written before the chain was keyed: plain SHA-256. */
	public static String plainHash(String lines) {
		return HexFormat.of().formatHex(sha256().digest(lines.getBytes(StandardCharsets.UTF_8)));
	}

	static String plainHash(long sequence, Instant at, String type, String subject, boolean alert, String details,
			String previousHash) {
		return plainHash(lines(sequence, at, type, subject, alert, details, previousHash));
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
