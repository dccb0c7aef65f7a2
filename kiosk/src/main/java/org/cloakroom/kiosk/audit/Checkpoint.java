package org.cloakroom.kiosk.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed statement of the chain head: entry {@code sequence} had {@code hash} at
 * {@code signedAt}, the chain key was {@code keyId} and the log is keyed from entry
 * {@code keyedFrom}. Written outside the database as a small text file, one
 * {@code name value} line per field:
 *
 * <pre>
 * cloakroom audit checkpoint 1
 * sequence 42
 * hash 3f...(64 hex)
 * signed-at 2026-11-22T08:44:40.120Z
 * key-id 0123456789abcdef
 * keyed-from 1
 * signing-key fedcba9876543210
 * signature (Base64 Ed25519 signature)
 * </pre>
 *
 * The signature covers the first seven lines, each ending in a line feed, in UTF-8:
 * {@code head -n 7 FILE} is the signed message, verifiable with
 * {@code openssl pkeyutl -verify -pubin -inkey signing-key-ID.pem -rawin}.
 */
public record Checkpoint(long sequence, String hash, Instant signedAt, String keyId, long keyedFrom, String signingKey,
		String signature) {

	static final String MAGIC = "cloakroom audit checkpoint 1";

	private static final List<String> FIELDS = List.of("sequence", "hash", "signed-at", "key-id", "keyed-from",
			"signing-key", "signature");

	/** The signed message: the file's lines up to the signature. */
	public byte[] signedMessage() {
		return signedText().getBytes(StandardCharsets.UTF_8);
	}

	private String signedText() {
		return MAGIC + "\n" + "sequence " + this.sequence + "\n" + "hash " + this.hash + "\n" + "signed-at "
				+ CanonicalForm.recordedAt(this.signedAt) + "\n" + "key-id " + this.keyId + "\n" + "keyed-from "
				+ this.keyedFrom + "\n" + "signing-key " + this.signingKey + "\n";
	}

	/** The file's text. */
	public String text() {
		return signedText() + "signature " + this.signature + "\n";
	}

	/** This checkpoint with its signature. */
	Checkpoint signed(String signature) {
		return new Checkpoint(this.sequence, this.hash, this.signedAt, this.keyId, this.keyedFrom, this.signingKey,
				signature);
	}

	/**
	 * Reads a checkpoint file's text.
	 * @throws IllegalArgumentException naming the file, line and field that is wrong
	 */
	public static Checkpoint parse(String file, String text) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
			throw new IllegalArgumentException(file + " line 1: not a checkpoint (expected '" + MAGIC + "')");
		}
		if (lines.size() != FIELDS.size() + 1) {
			throw new IllegalArgumentException(
					file + ": " + (FIELDS.size() + 1) + " lines expected, found " + lines.size());
		}
		List<String> values = new ArrayList<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			String line = lines.get(i + 1);
			String prefix = FIELDS.get(i) + " ";
			if (!line.startsWith(prefix) || line.length() == prefix.length()) {
				throw new IllegalArgumentException(
						file + " line " + (i + 2) + ": expected '" + FIELDS.get(i) + " <value>', found '" + line + "'");
			}
			values.add(line.substring(prefix.length()));
		}
		try {
			return new Checkpoint(Long.parseLong(values.get(0)), values.get(1), Instant.parse(values.get(2)),
					values.get(3), Long.parseLong(values.get(4)), values.get(5), values.get(6));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + ": a field is malformed: " + ex.getMessage(), ex);
		}
	}

}
