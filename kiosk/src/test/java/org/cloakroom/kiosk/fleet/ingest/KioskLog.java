package org.cloakroom.kiosk.fleet.ingest;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.audit.ChainKey;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.CheckpointKey;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.SigningKey;

/**
 * A kiosk's audit log as a kiosk writes it, for tests of central: entries hashed with a
 * chain key by {@link CanonicalForm} (each linking to the one before), and checkpoints
 * signed with an Ed25519 key as the kiosk's checkpointer signs them. {@link #restoredAt}
 * is the same kiosk restored from an old backup: it goes on from an earlier entry with
 * other entries.
 */
final class KioskLog {

	private static final Instant START = Instant.parse("2026-11-23T07:00:00Z");

	private final ChainKey chainKey;

	private final KeyPair signing;

	private final CheckpointKey checkpointKey;

	private final List<ForwardedEntry> entries = new ArrayList<>();

	private final String flavour;

	private final Instant start;

	private KioskLog(ChainKey chainKey, KeyPair signing, List<ForwardedEntry> entries, String flavour, Instant start) {
		this.start = start;
		this.chainKey = chainKey;
		this.signing = signing;
		this.checkpointKey = CheckpointKey
			.verifying(Base64.getEncoder().encodeToString(signing.getPublic().getEncoded()), "test key");
		this.entries.addAll(entries);
		this.flavour = flavour;
	}

	static KioskLog create() {
		return create(START);
	}

	/** A log whose first entry is written at {@code start}, then one every 4 seconds. */
	static KioskLog create(Instant start) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		try {
			return new KioskLog(ChainKey.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(secret), "test"),
					KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), List.of(), "door", start);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The same kiosk restored from a backup holding entries 1 to {@code sequence}. */
	KioskLog restoredAt(long sequence) {
		return new KioskLog(this.chainKey, this.signing, this.entries.subList(0, (int) sequence), "restored",
				this.start);
	}

	/** Appends {@code count} entries; the log's entries from first to last. */
	KioskLog append(int count) {
		for (int i = 0; i < count; i++) {
			long sequence = this.entries.size() + 1;
			String details = "{\"lockerId\":" + (sequence % 12 + 1) + ",\"note\":\"" + this.flavour + "\"}";
			append("LockerOpened", "locker:" + (sequence % 12 + 1), sequence % 97 == 0, details);
		}
		return this;
	}

	/** Appends one entry as the kiosk's log writes it, chained and hashed. */
	KioskLog append(String type, String subject, boolean alert, String details) {
		long sequence = this.entries.size() + 1;
		String previous = this.entries.isEmpty() ? CanonicalForm.GENESIS_HASH
				: this.entries.get(this.entries.size() - 1).hash();
		Instant at = this.start.plus(Duration.ofSeconds(4 * sequence));
		AuditEntry unhashed = new AuditEntry(sequence, at, type, subject, alert, details, previous, null,
				this.chainKey.id());
		this.entries.add(new ForwardedEntry(sequence, at, type, subject, alert, details, previous,
				this.chainKey.hash(CanonicalForm.lines(unhashed)), this.chainKey.id()));
		return this;
	}

	/** Entries {@code from} to {@code to}, both included. */
	List<ForwardedEntry> entries(long from, long to) {
		return List.copyOf(this.entries.subList((int) from - 1, (int) to));
	}

	ForwardedEntry entry(long sequence) {
		return this.entries.get((int) sequence - 1);
	}

	long head() {
		return this.entries.size();
	}

	SigningKey signingKey() {
		return new SigningKey(this.checkpointKey.id(), this.checkpointKey.publicPem());
	}

	/** A checkpoint of entry {@code sequence} as the kiosk signs it. */
	String checkpoint(long sequence) {
		return checkpoint(sequence, entry(sequence).hash());
	}

	/** A checkpoint, signed, naming entry {@code sequence} with {@code hash}. */
	String checkpoint(long sequence, String hash) {
		Checkpoint unsigned = new Checkpoint(sequence, hash, this.start.plus(Duration.ofHours(1)), this.chainKey.id(),
				1, this.checkpointKey.id(), "-");
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(this.signing.getPrivate());
			signature.update(unsigned.signedMessage());
			String signed = Base64.getEncoder().encodeToString(signature.sign());
			return new Checkpoint(sequence, hash, unsigned.signedAt(), unsigned.keyId(), 1, unsigned.signingKey(),
					signed)
				.text();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
