package org.cloakroom.kiosk.backup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.cloakroom.kiosk.DatabaseFileLock;

/**
 * The kiosk's database directory as a restore changes it: whether its database is in use
 * (an open H2 database holds a lock on its file), the database's files moved aside into
 * {@code before-restore-YYYYMMDD-HHMMSS/} (never deleted), the backup's database file
 * extracted in their place, written durably under a temporary name and then renamed.
 */
final class DataDirectory {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

	private final Path dir;

	DataDirectory(Path dir) {
		this.dir = dir;
	}

	Path dir() {
		return this.dir;
	}

	/** Whether a running program has the database {@code entry} open. */
	boolean inUse(String entry) throws IOException {
		Path database = this.dir.resolve(entry);
		return Files.exists(database) && DatabaseFileLock.heldOn(database);
	}

	/**
	 * Moves the files of the database {@code name} ({@code name.*}) into a new folder
	 * {@code before-restore-STAMP}.
	 * @return the folder, or null when there was no database to move
	 */
	Path moveAside(String name, Instant now) throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(this.dir)) {
			files = listed.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().startsWith(name + "."))
				.toList();
		}
		if (files.isEmpty()) {
			return null;
		}
		Path aside = uniqueFolder("before-restore-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
		Files.createDirectory(aside);
		for (Path file : files) {
			Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
		}
		force(this.dir);
		return aside;
	}

	/** Writes the backup's database file into the directory. */
	Path extract(BackupZip backup) throws IOException {
		Path target = this.dir.resolve(backup.entry());
		Path partial = this.dir.resolve(backup.entry() + ".partial");
		try (ZipFile zip = new ZipFile(backup.file().toFile());
				InputStream in = zip.getInputStream(zip.getEntry(backup.entry()))) {
			Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
		}
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		force(this.dir);
		return target;
	}

	private Path uniqueFolder(String name) {
		Path folder = this.dir.resolve(name);
		for (int i = 2; Files.exists(folder); i++) {
			folder = this.dir.resolve(name + "-" + i);
		}
		return folder;
	}

	static void force(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

}
