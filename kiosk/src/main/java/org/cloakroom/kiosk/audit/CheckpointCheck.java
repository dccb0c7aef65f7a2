package org.cloakroom.kiosk.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One verification's comparison of the chain with the signed checkpoints: reads and
 * checks the checkpoint files before the walk, is shown every entry as the walk passes
 * it, and says at the end what the entries cannot say themselves: a head moved back
 * behind a checkpoint, a keying start moved, a checkpoint file missing (the log's own
 * {@link AuditCheckpointSigned} entries name every one) or altered.
 */
final class CheckpointCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CheckpointDirectory directory;

	private final Function<String, Optional<CheckpointKey>> trusted;

	private final List<Valid> valid = new ArrayList<>();

	private final List<CheckpointDirectory.Read> unusable = new ArrayList<>();

	private final List<Recorded> recorded = new ArrayList<>();

	private long upTo = Long.MAX_VALUE;

	private int next;

	private Valid holding;

	/** A checkpoint whose signature verified, and its file. */
	private record Valid(String file, Checkpoint checkpoint) {
	}

	/** A checkpoint that entry {@code entry} says was signed. */
	private record Recorded(long entry, long sequence, String signature, String file) {
	}

	/**
	 * @param directory the checkpoint files, or null to check none
	 * @param trusted the signing keys whose checkpoints count, by id
	 */
	CheckpointCheck(CheckpointDirectory directory, Function<String, Optional<CheckpointKey>> trusted) {
		this.directory = directory;
		this.trusted = trusted;
	}

	/**
	 * Only checkpoints up to entry {@code sequence} count: an archive's, checked on its
	 * own.
	 */
	CheckpointCheck upTo(long sequence) {
		this.upTo = sequence;
		return this;
	}

	static CheckpointCheck none() {
		return new CheckpointCheck(null, (id) -> Optional.empty());
	}

	/** Reads the files; called before the walk reads the head. */
	void load() {
		this.valid.clear();
		this.unusable.clear();
		if (this.directory == null) {
			return;
		}
		for (CheckpointDirectory.Read read : this.directory.readAll()) {
			String problem = (read.checkpoint() != null) ? signatureProblem(read.checkpoint()) : read.problem();
			if (problem == null) {
				if (read.checkpoint().sequence() <= this.upTo) {
					this.valid.add(new Valid(read.file(), read.checkpoint()));
				}
			}
			else {
				this.unusable.add(new CheckpointDirectory.Read(read.file(), read.checkpoint(), problem));
			}
		}
		this.valid.sort(Comparator.comparingLong((Valid each) -> each.checkpoint().sequence()));
	}

	/** The keying start the newest checkpoint signed, if there is one. */
	Optional<Long> keyedFrom() {
		return newest().map(Checkpoint::keyedFrom);
	}

	Optional<Checkpoint> newest() {
		return this.valid.isEmpty() ? Optional.empty()
				: Optional.of(this.valid.get(this.valid.size() - 1).checkpoint());
	}

	/**
	 * The problem with the archived prefix the chain goes on from: when checkpoints are
	 * checked, one must name its last entry with its hash (the archiver signs it), or the
	 * archive record was forged to let entries be deleted.
	 */
	ChainVerification coversArchive(ChainEntries.ArchivedPrefix archived) {
		if (this.directory == null) {
			return null;
		}
		for (Valid checkpoint : this.valid) {
			if (checkpoint.checkpoint().sequence() == archived.toSequence()
					&& checkpoint.checkpoint().hash().equals(archived.lastHash())) {
				this.holding = checkpoint;
				return null;
			}
		}
		return new ChainVerification.Broken(0, archived.toSequence(),
				"Entries up to " + archived.toSequence() + " are recorded as archived, but no signed checkpoint"
						+ " names entry " + archived.toSequence() + " with the archive's last hash: the archive"
						+ " record was forged or its checkpoint is missing, and the entries were deleted.");
	}

	/**
	 * The problem a checkpoint finds with an entry the walk accepted, or null.
	 * @param entriesChecked the entries before this one that held
	 */
	ChainVerification atEntry(AuditEntry entry, long entriesChecked) {
		if (AuditCheckpointSigned.TYPE.equals(entry.type())) {
			this.recorded.add(recorded(entry));
		}
		while (this.next < this.valid.size() && this.valid.get(this.next).checkpoint().sequence() <= entry.sequence()) {
			Valid checkpoint = this.valid.get(this.next++);
			if (checkpoint.checkpoint().sequence() < entry.sequence()) {
				continue;
			}
			if (!checkpoint.checkpoint().hash().equals(entry.hash())) {
				return rewritten(entry.sequence(), checkpoint, entriesChecked);
			}
			this.holding = checkpoint;
		}
		return null;
	}

	/**
	 * The problem found once the walk reached the last entry {@code lastSequence} intact,
	 * or null.
	 * @param headKeyedFrom the keying start the chain head names
	 */
	ChainVerification atEnd(long lastSequence, long headKeyedFrom) {
		Optional<Valid> newest = this.valid.isEmpty() ? Optional.empty()
				: Optional.of(this.valid.get(this.valid.size() - 1));
		if (newest.isPresent() && newest.get().checkpoint().sequence() > lastSequence) {
			Checkpoint checkpoint = newest.get().checkpoint();
			return new ChainVerification.Broken(lastSequence, lastSequence + 1,
					entries(lastSequence + 1, checkpoint.sequence()) + " deleted from the end: the checkpoint "
							+ describe(newest.get()) + " names entry " + checkpoint.sequence() + ", but the log "
							+ ((lastSequence == 0) ? "holds no entries" : "ends at entry " + lastSequence)
							+ " and its head was moved back.");
		}
		if (newest.isPresent() && newest.get().checkpoint().keyedFrom() != headKeyedFrom) {
			long signed = newest.get().checkpoint().keyedFrom();
			return new ChainVerification.Broken(Math.min(lastSequence, Math.min(signed, headKeyedFrom) - 1),
					Math.min(signed, headKeyedFrom),
					"The chain head says the log is keyed from entry " + headKeyedFrom + ", but the checkpoint "
							+ describe(newest.get()) + " says from entry " + signed + ": the keying start was moved.");
		}
		if (!this.unusable.isEmpty()) {
			CheckpointDirectory.Read bad = this.unusable.get(0);
			return new ChainVerification.CheckpointBroken(lastSequence, bad.file(), bad.problem());
		}
		List<Recorded> missing = missing();
		if (!missing.isEmpty()) {
			// written after the files were read, before the walk met its entry?
			load();
			missing = missing();
		}
		if (!missing.isEmpty()) {
			Recorded gone = missing.get(0);
			return new ChainVerification.CheckpointBroken(lastSequence, gone.file(),
					"The checkpoint of entry " + gone.sequence() + " that entry " + gone.entry() + " recorded ("
							+ gone.file() + ") is missing from " + this.directory.dir() + " or was replaced.");
		}
		return null;
	}

	private List<Recorded> missing() {
		if (this.directory == null) {
			return List.of();
		}
		return this.recorded.stream()
			.filter((expected) -> this.valid.stream()
				.noneMatch((found) -> found.checkpoint().sequence() == expected.sequence()
						&& found.checkpoint().signature().equals(expected.signature())))
			.toList();
	}

	private ChainVerification rewritten(long sequence, Valid checkpoint, long entriesChecked) {
		long from = (this.holding != null) ? this.holding.checkpoint().sequence() + 1 : 1;
		String since = (this.holding != null) ? " Entry " + this.holding.checkpoint().sequence()
				+ " still matches the checkpoint " + describe(this.holding) + "." : " No earlier checkpoint holds.";
		return new ChainVerification.Broken(Math.min(entriesChecked, from - 1), from,
				((from == sequence) ? "Entry " + sequence + " was" : "Entries " + from + " to " + sequence + " were")
						+ " rewritten: entry " + sequence + "'s hash differs from the checkpoint "
						+ describe(checkpoint) + ", so the log was re-hashed." + since);
	}

	private String signatureProblem(Checkpoint checkpoint) {
		Optional<CheckpointKey> key = this.trusted.apply(checkpoint.signingKey());
		if (key.isEmpty()) {
			return "The checkpoint of entry " + checkpoint.sequence() + " is signed by key " + checkpoint.signingKey()
					+ ", which this kiosk does not trust.";
		}
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(checkpoint.signature());
		}
		catch (IllegalArgumentException ex) {
			signature = new byte[0];
		}
		if (!key.get().verifies(checkpoint.signedMessage(), signature)) {
			return "The checkpoint of entry " + checkpoint.sequence()
					+ " was altered: its signature does not match its content.";
		}
		return null;
	}

	private static Recorded recorded(AuditEntry entry) {
		try {
			JsonNode details = JSON.readTree(entry.details());
			return new Recorded(entry.sequence(), details.path("sequence").asLong(-1),
					details.path("signature").asString(""), details.path("file").asString("?"));
		}
		catch (RuntimeException ex) {
			// unreadable: reported as a checkpoint that cannot be found
			return new Recorded(entry.sequence(), -1, "", "(unreadable details of entry " + entry.sequence() + ")");
		}
	}

	private static String describe(Valid checkpoint) {
		return "signed at " + CanonicalForm.recordedAt(checkpoint.checkpoint().signedAt()) + " (" + checkpoint.file()
				+ ")";
	}

	private static String entries(long from, long to) {
		return (from == to) ? "Entry " + from + " was" : "Entries " + from + " to " + to + " were";
	}

}
