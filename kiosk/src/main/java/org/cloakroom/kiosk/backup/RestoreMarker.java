package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.function.Function;

/**
 * What {@code backup restore} leaves beside the restored database for the program to
 * record in its log at its next start ({@link RestoreRecording}): the backup restored,
 * the last entry the restored log holds, and, when checkpoints signed after the backup
 * named later entries, the newest of those entries, when its checkpoint was signed and
 * the folder the checkpoints were moved to. A properties file
 * {@code restored-YYYYMMDD-HHMMSS.properties} (the restore's time, UTC), 0600, written
 * durably under a temporary name and then renamed; one per restore, so that two restores
 * before a start are both recorded.
 *
 * @param backup the backup file's name
 * @param chainHeadSequence the last entry the restored log holds
 * @param lostToSequence the newest entry the moved checkpoints name, or null when none
 * was lost
 * @param lostToCheckpointAt when the checkpoint naming it was signed, or null
 * @param checkpointsMovedTo the folder the checkpoints were moved to, or null
 * @param restoredAt when the backup was restored
 * @param by who ran the restore (the operator's user name), or null when unknown
 */
public record RestoreMarker(String backup, long chainHeadSequence, Long lostToSequence, Instant lostToCheckpointAt,
		String checkpointsMovedTo, Instant restoredAt, String by) {

	static final String PREFIX = "restored-";

	static final String SUFFIX = ".properties";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

	public RestoreMarker {
		if (backup == null || backup.isBlank() || restoredAt == null) {
			throw new IllegalArgumentException("a restore marker needs the backup and the restore's time");
		}
		if ((lostToSequence == null) != (lostToCheckpointAt == null)
				|| (lostToSequence == null) != (checkpointsMovedTo == null)) {
			throw new IllegalArgumentException(
					"a restore marker names the lost entries, their checkpoint's time and folder all or none");
		}
	}

	/** Whether entries after the restored log's last one were lost. */
	public boolean lostEntries() {
		return this.lostToSequence != null;
	}

	private String stamp() {
		return STAMP.format(LocalDateTime.ofInstant(this.restoredAt, ZoneOffset.UTC));
	}

	/**
	 * Writes the marker into {@code directory}, readable by its owner only.
	 * @return the file
	 */
	public Path writeInto(Path directory) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("backup", this.backup);
		properties.setProperty("chain-head-sequence", Long.toString(this.chainHeadSequence));
		if (lostEntries()) {
			properties.setProperty("lost-to-sequence", Long.toString(this.lostToSequence));
			properties.setProperty("lost-to-checkpoint-at", this.lostToCheckpointAt.toString());
			properties.setProperty("checkpoints-moved-to", this.checkpointsMovedTo);
		}
		properties.setProperty("restored-at", this.restoredAt.toString());
		if (this.by != null && !this.by.isBlank()) {
			properties.setProperty("by", this.by);
		}
		Path file = directory.resolve(PREFIX + stamp() + SUFFIX);
		for (int i = 2; Files.exists(file); i++) {
			file = directory.resolve(PREFIX + stamp() + "-" + i + SUFFIX);
		}
		Path partial = directory.resolve(file.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			properties.store(out, "backup restore: the kiosk records this restore in its log at its next start");
		}
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		if (Files.exists(file)) {
			throw new FileAlreadyExistsException(file.toString());
		}
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		return file;
	}

	/**
	 * Reads a marker.
	 * @throws IllegalArgumentException naming the file and the field that is missing or
	 * wrong
	 */
	static RestoreMarker read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		Fields fields = new Fields(file, properties);
		String backup = fields.required("backup", Function.identity());
		long head = fields.required("chain-head-sequence", Long::parseLong);
		Long lostTo = fields.optional("lost-to-sequence", Long::valueOf);
		Instant lostAt = fields.optional("lost-to-checkpoint-at", Instant::parse);
		String movedTo = fields.optional("checkpoints-moved-to", Function.identity());
		Instant restoredAt = fields.required("restored-at", Instant::parse);
		String by = fields.optional("by", Function.identity());
		if (head < 0) {
			throw fields.wrong("chain-head-sequence", "is negative");
		}
		if (lostTo != null && lostTo <= head) {
			throw fields.wrong("lost-to-sequence", "is not after chain-head-sequence " + head);
		}
		if ((lostTo == null) != (lostAt == null) || (lostTo == null) != (movedTo == null)) {
			throw new IllegalArgumentException(file + ": lost-to-sequence, lost-to-checkpoint-at and"
					+ " checkpoints-moved-to must be given all or none");
		}
		return new RestoreMarker(backup, head, lostTo, lostAt, movedTo, restoredAt, by);
	}

	/** A marker's fields, each read with a message naming the file and the field. */
	private record Fields(Path file, Properties properties) {

		<T> T required(String name, Function<String, T> parse) {
			T value = optional(name, parse);
			if (value == null) {
				throw new IllegalArgumentException(this.file + ": the field " + name + " is missing");
			}
			return value;
		}

		<T> T optional(String name, Function<String, T> parse) {
			String text = this.properties.getProperty(name);
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return parse.apply(text.strip());
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw wrong(name, "'" + text + "' is not "
						+ (ex instanceof NumberFormatException ? "a number" : "a time such as 2026-12-07T02:30:00Z"));
			}
		}

		IllegalArgumentException wrong(String name, String problem) {
			return new IllegalArgumentException(this.file + ": the field " + name + " " + problem);
		}

	}

}
