package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import org.cloakroom.kiosk.DatabaseOwner;
import org.cloakroom.kiosk.audit.OfflineVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Takes backups of the database while it runs: H2's {@code BACKUP TO} on the owner's
 * connection (only an administrator may), written under a temporary name, completed
 * durably, opened once to read the log's head it holds (a backup that does not open is
 * none), audited, then older ones rotated away. One at a time. A failure is logged,
 * audited (a notice for the officers) and kept for the health component.
 */
public class DatabaseBackups {

	/** Who takes the nightly backups, in the log. */
	public static final String SCHEDULE = "schedule";

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

	private static final String H2_SUFFIX = ".mv.db";

	/** Where {@link #chainHead} reads a backup: hidden, and no backup's name. */
	private static final String SCRATCH_PREFIX = ".reading-";

	private final DatabaseOwner owner;

	private final BackupDirectory directory;

	private final int keep;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AtomicReference<Attempt> last = new AtomicReference<>();

	/**
	 * The last attempt: when, and the backup written or why none was.
	 *
	 * @param at when it was started
	 * @param backup the backup written, or null
	 * @param problem why it failed, or null
	 */
	record Attempt(Instant at, BackupFile backup, String problem) {

		boolean failed() {
			return this.problem != null;
		}

	}

	DatabaseBackups(DatabaseOwner owner, BackupProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.owner = owner;
		this.directory = new BackupDirectory(properties.directory());
		this.keep = properties.keep();
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Takes a backup now.
	 * @param by who asks: a console user's name, or {@link #SCHEDULE}
	 * @throws BackupRefusal when it could not be written, saying why
	 */
	public synchronized BackupFile take(String by) {
		// to the second, as the backup's name says it
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String name = BackupDirectory.nameFor(at);
		Path partial = this.directory.dir().resolve(name + ".partial");
		try {
			this.directory.writable();
			deleteLeftScratchCopies();
			Files.deleteIfExists(partial);
			this.owner.backupTo(partial);
			Path backup = this.directory.complete(partial, name);
			BackupFile written = new BackupFile(name, at, Files.size(backup));
			long head = chainHead(backup);
			this.events.publishEvent(new DatabaseBackedUp(name, written.size(), head, at, by));
			this.last.set(new Attempt(at, written, null));
			log.info("Database backed up to {} ({} bytes, the log up to entry {})", backup, written.size(), head);
			rotate(name);
			return written;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			String problem = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			deleteQuietly(partial);
			this.last.set(new Attempt(at, null, problem));
			log.error("No database backup written into {}: {}", this.directory.dir(), problem);
			this.events.publishEvent(new DatabaseBackupFailed(this.directory.dir().toString(), problem, at, by));
			throw BackupRefusal.failed(this.directory.dir().toString(), problem);
		}
	}

	/** The backups in the backup directory, newest first. */
	public List<BackupFile> list() {
		return this.directory.list();
	}

	Optional<Attempt> lastAttempt() {
		return Optional.ofNullable(this.last.get());
	}

	Path directory() {
		return this.directory.dir();
	}

	/**
	 * The log's head the backup holds, read from the backup itself: a backup that does
	 * not open is a failed one. Read from a scratch copy, extracted in one pass: H2's
	 * {@code zip:} file system inflates the entry again from its start on every seek
	 * back, which grows with the square of the database's size (a 100 MB database read in
	 * place took over a quarter of an hour).
	 */
	private long chainHead(Path backup) throws IOException, SQLException {
		String name = databaseName(backup);
		Path scratch = Files.createTempDirectory(backup.getParent(), SCRATCH_PREFIX);
		try {
			try (ZipFile zip = new ZipFile(backup.toFile());
					InputStream in = zip.getInputStream(zip.getEntry(name + H2_SUFFIX))) {
				Files.copy(in, scratch.resolve(name + H2_SUFFIX));
			}
			try (Connection connection = this.owner.openCopy(scratch.resolve(name))) {
				return OfflineVerification.headSequence(new SingleConnectionDataSource(connection, true));
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(scratch);
		}
	}

	/** Scratch copies a stop in the middle of {@link #chainHead} left behind. */
	private void deleteLeftScratchCopies() throws IOException {
		try (DirectoryStream<Path> left = Files.newDirectoryStream(this.directory.dir(), SCRATCH_PREFIX + "*")) {
			for (Path scratch : left) {
				FileSystemUtils.deleteRecursively(scratch);
			}
		}
	}

	private static String databaseName(Path backup) throws IOException {
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			return zip.stream()
				.map((entry) -> entry.getName())
				.filter((entry) -> entry.endsWith(H2_SUFFIX))
				.findFirst()
				.map((entry) -> entry.substring(0, entry.length() - H2_SUFFIX.length()))
				.orElseThrow(() -> new IOException("the backup " + backup + " holds no database file (*.mv.db)"));
		}
	}

	private void rotate(String kept) {
		try {
			List<String> deleted = this.directory.rotate(this.keep, kept);
			if (!deleted.isEmpty()) {
				log.info("Older backups deleted (keeping {}): {}", this.keep, deleted);
			}
		}
		catch (IOException ex) {
			log.warn("Older backups in {} could not be deleted: {}", this.directory.dir(), ex.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("The unfinished backup {} could not be deleted: {}", file, ex.getMessage());
		}
	}

}
