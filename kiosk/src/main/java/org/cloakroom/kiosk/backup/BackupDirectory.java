package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backup directory: backups named {@code cloakroom-YYYYMMDD-HHMMSS.zip} by the time
 * they were taken (UTC), each written under a temporary name and renamed when complete,
 * so a file of that name is always a whole backup. Rotation deletes only files of that
 * name, never anything else an operator put there.
 */
final class BackupDirectory {

	private static final Pattern NAME = Pattern.compile("cloakroom-(\\d{8}-\\d{6})\\.zip");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

	private final Path dir;

	BackupDirectory(Path dir) {
		this.dir = dir;
	}

	Path dir() {
		return this.dir;
	}

	static String nameFor(Instant takenAt) {
		return "cloakroom-" + STAMP.format(LocalDateTime.ofInstant(takenAt, ZoneOffset.UTC)) + ".zip";
	}

	/** The time a backup's name says, or empty when the name is not a backup's. */
	static Optional<Instant> takenAt(String name) {
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The directory, if backups can be written there.
	 * @throws IOException naming what is wrong with it
	 */
	Path writable() throws IOException {
		if (!Files.isDirectory(this.dir)) {
			throw new IOException("the backup directory " + this.dir + " does not exist");
		}
		if (!Files.isWritable(this.dir)) {
			throw new IOException("the backup directory " + this.dir + " is not writable");
		}
		return this.dir;
	}

	/**
	 * Makes the complete file {@code partial} the backup {@code name}: on disk, then
	 * renamed in one step, then the rename itself on disk.
	 */
	Path complete(Path partial, String name) throws IOException {
		Path backup = this.dir.resolve(name);
		if (Files.exists(backup)) {
			throw new IOException("a backup named " + name + " exists already; take the next one a second later");
		}
		force(partial, StandardOpenOption.WRITE);
		Files.move(partial, backup, StandardCopyOption.ATOMIC_MOVE);
		force(this.dir, StandardOpenOption.READ);
		return backup;
	}

	/** The backups, newest first; none when the directory is missing. */
	List<BackupFile> list() {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		List<BackupFile> backups = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				Optional<Instant> takenAt = takenAt(name);
				if (takenAt.isPresent()) {
					backups.add(new BackupFile(name, takenAt.get(), Files.size(file)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the backup directory " + this.dir + ": " + ex.getMessage(), ex);
		}
		backups.sort(Comparator.comparing(BackupFile::takenAt).reversed());
		return backups;
	}

	/**
	 * Deletes the backups beyond the newest {@code keep}, never {@code kept}.
	 * @return the names deleted
	 */
	List<String> rotate(int keep, String kept) throws IOException {
		List<String> deleted = new ArrayList<>();
		List<BackupFile> backups = list();
		for (BackupFile backup : backups.subList(Math.min(keep, backups.size()), backups.size())) {
			if (!backup.file().equals(kept)) {
				Files.deleteIfExists(this.dir.resolve(backup.file()));
				deleted.add(backup.file());
			}
		}
		return deleted;
	}

	private static void force(Path path, StandardOpenOption mode) throws IOException {
		try (FileChannel channel = FileChannel.open(path, mode)) {
			channel.force(true);
		}
	}

}
