package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At the start after a restore, records it in the log: each marker {@code backup restore}
 * left beside the database ({@link RestoreMarker}) becomes one {@link DatabaseRestored}
 * entry, oldest restore first, and is then renamed {@code restored-….recorded} (never
 * deleted) so it is recorded once. It runs before anything else writes to the log at a
 * start (phase -100, before the lockers' reconciliation at phase 0), so the entry after
 * the restored log's last one says what happened to the ones that followed it. A marker
 * that cannot be read is logged naming the file and the field, renamed
 * {@code ….unreadable} for a person to look at, and the start goes on. After a restore
 * that lost entries, a phone may be in a locker the restored database holds free: those
 * lockers are taken out of service ({@link Lockers#takeFreeOutOfServiceAfterRestore}),
 * here rather than on the event so that their entries follow the restore's and are
 * written before the lockers' start-up and the first check-in.
 */
class RestoreRecording implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RestoreRecording.class);

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Lockers lockers;

	private volatile boolean running;

	RestoreRecording(JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events, Lockers lockers) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.events = events;
		this.lockers = lockers;
	}

	@Override
	public void start() {
		databaseDirectory().ifPresent(this::recordMarkersIn);
		this.running = true;
	}

	/** The directory of the database's files; none for an in-memory database. */
	private Optional<Path> databaseDirectory() {
		return this.jdbc.sql("SELECT DATABASE_PATH()")
			.query(String.class)
			.optional()
			.map((path) -> Path.of(path).toAbsolutePath().getParent());
	}

	void recordMarkersIn(Path directory) {
		List<Marked> markers = new ArrayList<>();
		for (Path file : markerFiles(directory)) {
			try {
				markers.add(new Marked(file, RestoreMarker.read(file)));
			}
			catch (IOException | IllegalArgumentException ex) {
				Path unreadable = renamed(file, ".unreadable");
				// the message names the file and the field (an IOException's, the file)
				log.error("A restore marker cannot be read, so that restore is not in the log: {}; renamed to {}"
						+ " for a person to look at", ex.getMessage(), unreadable.getFileName());
			}
		}
		markers.sort(Comparator.comparing((Marked marked) -> marked.marker().restoredAt())
			.thenComparing((marked) -> marked.file().getFileName().toString()));
		for (Marked marked : markers) {
			record(marked);
		}
	}

	private void record(Marked marked) {
		RestoreMarker marker = marked.marker();
		DatabaseRestored restored = DatabaseRestored.from(marker, timeOfEntry(marker.chainHeadSequence()));
		this.events.publishEvent(restored);
		Path recorded = renamed(marked.file(), ".recorded");
		if (marker.lostEntries()) {
			log.warn("Recorded the restore of {} by {}: entries {} to {} were lost (their checkpoints are in {})",
					marker.backup(), restored.by(), restored.lostFromSequence(), restored.lostToSequence(),
					restored.checkpointsMovedTo());
			// after its entry, so the log tells why; before the lockers' start-up (phase
			// 0)
			List<LockerView> taken = this.lockers.takeFreeOutOfServiceAfterRestore(marker.backup());
			log.warn(
					"Took {} locker(s) the restored database holds free out of service until an admin has looked"
							+ " inside: {}",
					taken.size(), taken.stream().map((locker) -> locker.id().toString()).toList());
		}
		else {
			log.info("Recorded the restore of {} by {}: no entry was lost", marker.backup(), restored.by());
		}
		log.debug("The restore marker is now {}", recorded);
	}

	private Instant timeOfEntry(long sequence) {
		if (sequence < 1) {
			return null;
		}
		return this.auditLog.after(sequence - 1, 1)
			.stream()
			.filter((entry) -> entry.sequence() == sequence)
			.map(AuditEntry::at)
			.findFirst()
			.orElse(null);
	}

	private static List<Path> markerFiles(Path directory) {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> listed = Files.newDirectoryStream(directory,
				RestoreMarker.PREFIX + "*" + RestoreMarker.SUFFIX)) {
			listed.forEach(files::add);
		}
		catch (IOException ex) {
			log.error("The database directory {} cannot be searched for restore markers: {}", directory,
					ex.getMessage());
		}
		return files;
	}

	/**
	 * Renames {@code restored-X.properties} to {@code restored-X<suffix>}, a free name; a
	 * marker that cannot be renamed is logged, as it would be recorded again at the next
	 * start.
	 */
	private Path renamed(Path file, String suffix) {
		String name = file.getFileName().toString();
		String base = name.substring(0, name.length() - RestoreMarker.SUFFIX.length());
		Path target = file.resolveSibling(base + suffix);
		for (int i = 2; Files.exists(target); i++) {
			target = file.resolveSibling(base + "-" + i + suffix);
		}
		try {
			return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.error("The restore marker {} could not be renamed to {} ({}): move it by hand, or the next start"
					+ " records it again", file, target.getFileName(), ex.getMessage());
			return file;
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before {@code LockerStartup} (phase 0), the first that may write to the log. */
	@Override
	public int getPhase() {
		return -100;
	}

	private record Marked(Path file, RestoreMarker marker) {
	}

}
