package org.cloakroom.kiosk.fleet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.CheckpointKey;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.SigningKey;

/**
 * A batch's shape, checked before anything is written: a field central cannot take is
 * refused naming where it is ({@code entries[3].hash}) and why, and nothing of the batch
 * is taken.
 */
final class BatchCheck {

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

	/** The batch's fields as the wire names them, for the refusals. */
	private static final String ENTRIES = "entries";

	private static final String HEAD_SEQUENCE = "head.sequence";

	private static final String GAP_FROM = "gapFrom";

	private static final int MAX_TYPE = 120;

	private static final int MAX_SUBJECT = 200;

	private BatchCheck() {
	}

	/** The batch's checkpoints, read; the rest checked. */
	static List<Checkpoint> check(EventBatch batch) {
		if (batch.entries().size() > EventBatch.MAX_ENTRIES) {
			throw FleetRefusal.invalid(ENTRIES,
					"at most " + EventBatch.MAX_ENTRIES + " entries a batch, found " + batch.entries().size());
		}
		if (batch.head() != null && batch.head().sequence() < 0) {
			throw FleetRefusal.invalid(HEAD_SEQUENCE, "a sequence is 0 or more, was " + batch.head().sequence());
		}
		if (batch.gapFrom() != null && batch.gapFrom() < 1) {
			throw FleetRefusal.invalid(GAP_FROM, "a sequence is 1 or more, was " + batch.gapFrom());
		}
		long previous = 0;
		for (int i = 0; i < batch.entries().size(); i++) {
			entry("entries[" + i + "].", batch.entries().get(i), previous);
			previous = batch.entries().get(i).sequence();
		}
		signingKeys(batch.signingKeys());
		List<Checkpoint> checkpoints = new ArrayList<>();
		for (int i = 0; i < batch.checkpoints().size(); i++) {
			try {
				checkpoints.add(Checkpoint.parse("checkpoints[" + i + "]", String.valueOf(batch.checkpoints().get(i))));
			}
			catch (IllegalArgumentException ex) {
				throw FleetRefusal.invalid("checkpoints[" + i + "]", ex.getMessage());
			}
		}
		return checkpoints;
	}

	static void signingKeys(List<SigningKey> keys) {
		for (int i = 0; i < keys.size(); i++) {
			String where = "signingKeys[" + i + "]";
			SigningKey key = keys.get(i);
			if (key == null || key.id() == null || !KEY_ID.matcher(key.id()).matches()) {
				throw FleetRefusal.invalid(where + ".id", "16 lower-case hex digits expected");
			}
			CheckpointKey parsed;
			try {
				parsed = CheckpointKey.verifying(String.valueOf(key.pem()), where + ".pem");
			}
			catch (IllegalArgumentException ex) {
				throw FleetRefusal.invalid(where + ".pem", ex.getMessage());
			}
			if (!parsed.id().equals(key.id())) {
				throw FleetRefusal.invalid(where + ".id", "the key's id is " + parsed.id() + ", not " + key.id());
			}
		}
	}

	private static void entry(String where, ForwardedEntry entry, long previous) {
		if (entry == null) {
			throw FleetRefusal.invalid(where.substring(0, where.length() - 1), "an entry expected, found null");
		}
		if (entry.sequence() <= previous) {
			throw FleetRefusal.invalid(where + "sequence", "entries rise one by one from 1: " + entry.sequence()
					+ ((previous > 0) ? " follows " + previous : " is not a sequence"));
		}
		if (entry.recordedAt() == null) {
			throw FleetRefusal.invalid(where + "recordedAt", "missing");
		}
		line(where + "type", entry.type(), MAX_TYPE);
		line(where + "subject", entry.subject(), MAX_SUBJECT);
		if (entry.details() == null) {
			throw FleetRefusal.invalid(where + "details", "missing");
		}
		hash(where + "previousHash", entry.previousHash());
		hash(where + "hash", entry.hash());
		if (entry.keyId() != null && !KEY_ID.matcher(entry.keyId()).matches()) {
			throw FleetRefusal.invalid(where + "keyId", "16 lower-case hex digits expected");
		}
	}

	private static void line(String where, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max
				|| value.chars().anyMatch(Character::isISOControl)) {
			throw FleetRefusal.invalid(where, "one line of 1 to " + max + " characters expected");
		}
	}

	private static void hash(String where, String value) {
		if (value == null || !HASH.matcher(value).matches()) {
			throw FleetRefusal.invalid(where, "64 lower-case hex digits expected");
		}
	}

}
