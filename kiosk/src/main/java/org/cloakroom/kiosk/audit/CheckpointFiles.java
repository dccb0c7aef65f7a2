package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checkpoint directory as a reader outside this module sees it (forwarding to
 * central, the {@code fleet join} tool): the checkpoints that parse, oldest sequence
 * first, and the public keys beside them. A file that is not a checkpoint is left out
 * here; verification names it.
 */
public final class CheckpointFiles {

	private final CheckpointDirectory directory;

	private CheckpointFiles(CheckpointDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The checkpoint directory {@code dir} (a kiosk's
	 * {@code cloakroom.audit.checkpoint-dir}).
	 */
	public static CheckpointFiles in(Path dir) {
		return new CheckpointFiles(new CheckpointDirectory(dir));
	}

	static CheckpointFiles of(CheckpointDirectory directory) {
		return new CheckpointFiles(directory);
	}

	public Path dir() {
		return this.directory.dir();
	}

	/**
	 * The checkpoints of entries {@code after} (exclusive) to {@code upTo} (inclusive)
	 * that parse, oldest sequence first; none if the directory is missing. Only those
	 * files are read (their names carry the sequence), so that a reader that asks often
	 * does not read a year of checkpoints each time.
	 */
	public List<Checkpoint> checkpoints(long after, long upTo) {
		return this.directory.read((sequence) -> sequence > after && sequence <= upTo)
			.stream()
			.map(CheckpointDirectory.Read::checkpoint)
			.filter(Objects::nonNull)
			.toList();
	}

	/** The signing keys' public keys by key id: the {@code signing-key-ID.pem} texts. */
	public Map<String, String> publicKeys() {
		Map<String, String> keys = new LinkedHashMap<>();
		for (Path file : this.directory.publicKeys()) {
			String name = file.getFileName().toString();
			String id = name.substring("signing-key-".length(), name.length() - ".pem".length());
			try {
				keys.put(id, Files.readString(file, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the checkpoint public key " + file, ex);
			}
		}
		return keys;
	}

}
