package org.cloakroom.kiosk.backup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.OfflineVerification;
import org.cloakroom.kiosk.audit.RestoredVerification;
import org.cloakroom.kiosk.audit.cli.VerdictLine;
import org.cloakroom.kiosk.audit.cli.VerificationEvidence;
import org.cloakroom.kiosk.backup.RestoreMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code backup restore --from FILE.zip --data DIR ...}: puts a backup back into a
 * stopped kiosk's database directory and verifies the restored audit log as
 * {@code audit verify} does. It refuses (one line, exit 1, nothing touched) a database in
 * use or a file that is not an H2 backup; it moves the database it replaces aside, never
 * deleting it. A backup is older than the newest checkpoints: checkpoints signed after it
 * name entries the restored log does not hold, so they are reported and moved aside (into
 * the checkpoint directory's {@code beyond-restore-STAMP/}) instead of being taken for a
 * cut log, which the restored kiosk would otherwise report at every verification. A
 * restore whose log is intact leaves a {@link RestoreMarker} beside the database, which
 * the kiosk records in its log at its next start ({@code DatabaseRestored}). Exit 0 when
 * the restored log is intact, 1 when it is not (saying how to go back), 2 for arguments
 * it cannot use.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Restore a backup into the stopped kiosk's database directory and verify its audit log.")
final class RestoreCommand implements Callable<Integer> {

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Option(names = "--from", required = true, paramLabel = "FILE.zip",
			description = "The backup, e.g. /var/lib/cloakroom/backups/cloakroom-20261207-023000.zip")
	Path from;

	@Option(names = "--data", required = true, paramLabel = "DIR",
			description = "The database directory, e.g. /var/lib/cloakroom/data")
	Path data;

	@Option(names = "--password-file", required = true, paramLabel = "FILE",
			description = "The database owner's password as it was when the backup was taken,"
					+ " e.g. /var/lib/cloakroom/secrets/database-owner.password")
	Path passwordFile;

	@Option(names = "--user", paramLabel = "NAME", defaultValue = "sa",
			description = "The database's owner (default: ${DEFAULT-VALUE})")
	String user;

	@Mixin
	VerificationEvidence evidence;

	@Option(names = "--operator", paramLabel = "NAME",
			description = "Who restores, as the kiosk's log records it (default: the user running the tool)")
	String operator = System.getProperty("user.name");

	RestoreCommand() {
		this(Clock.systemUTC());
	}

	RestoreCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() throws Exception {
		existingFile("--from", this.from);
		String password = Files.readString(existingFile("--password-file", this.passwordFile)).strip();
		this.evidence.validate();
		if (Files.exists(this.data) && !Files.isDirectory(this.data)) {
			throw bad("--data " + this.data + " is not a directory");
		}
		BackupZip backup = BackupZip.read(this.from);
		Files.createDirectories(this.data);
		DataDirectory directory = new DataDirectory(this.data);
		if (directory.inUse(backup.entry())) {
			throw new IllegalStateException("the database " + this.data.resolve(backup.entry())
					+ " is in use: stop the kiosk first (systemctl stop cloakroom); nothing was changed");
		}
		Instant now = this.clock.instant();
		Path aside = directory.moveAside(backup.databaseName(), now);
		directory.extract(backup);
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("restored " + this.from.getFileName() + " into " + this.data + ((aside != null)
				? " (the database it replaced is in " + aside + ")" : " (there was no database to replace)"));
		int exit = verify(backup, password, now, out, aside);
		out.flush();
		return exit;
	}

	private int verify(BackupZip backup, String password, Instant now, PrintWriter out, Path aside) throws IOException {
		String url = "jdbc:h2:file:" + this.data.toAbsolutePath().resolve(backup.databaseName())
				+ ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
		SingleConnectionDataSource database = new SingleConnectionDataSource(url, this.user, password, true);
		RestoredVerification restored;
		try {
			database.getConnection();
			restored = OfflineVerification.verifyRestored(database, this.evidence.key(), this.evidence.checkpoints(),
					this.evidence.publicKeys());
		}
		catch (SQLException ex) {
			out.println(
					"not verified: the restored database does not open as user " + this.user + ": " + ex.getMessage()
							+ " (--password-file must hold the owner's password of when the backup was taken)");
			out.println(goBack(backup, aside));
			return 1;
		}
		catch (RuntimeException ex) {
			// a database without Cloakroom's log, a key file that cannot be read
			String why = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
			out.println("not verified: " + ((why != null) ? why.lines().findFirst().orElse(why) : ex));
			out.println(goBack(backup, aside));
			return 1;
		}
		finally {
			database.destroy();
		}
		out.println(VerdictLine.of(restored.verification(), this.evidence.key() != null,
				this.evidence.checkpoints() != null));
		if (!restored.verification().intact()) {
			out.println(goBack(backup, aside));
			return 1;
		}
		RestoreMarker marker;
		if (restored.behind()) {
			Checkpoint newest = newestBeyond(restored);
			Path moved = new CheckpointsAside(this.evidence.checkpoints()).move(restored, now);
			out.println(behind(restored, moved));
			marker = new RestoreMarker(this.from.getFileName().toString(), restored.headSequence(), newest.sequence(),
					newest.signedAt(), moved.toString(), now, this.operator);
		}
		else {
			marker = new RestoreMarker(this.from.getFileName().toString(), restored.headSequence(), null, null, null,
					now, this.operator);
		}
		Path markerFile = marker.writeInto(this.data);
		out.println("the kiosk records this restore in its log at its next start (" + markerFile + ")");
		return 0;
	}

	/** The newest of the checkpoints signed after the backup: its entry and its time. */
	private static Checkpoint newestBeyond(RestoredVerification restored) throws IOException {
		Checkpoint newest = null;
		for (Path file : restored.checkpointsBeyond()) {
			Checkpoint checkpoint = Checkpoint.parse(file.getFileName().toString(), Files.readString(file));
			if (newest == null || checkpoint.sequence() > newest.sequence()) {
				newest = checkpoint;
			}
		}
		return newest;
	}

	private static String behind(RestoredVerification restored, Path moved) {
		long head = restored.headSequence();
		int files = restored.checkpointsBeyond().size();
		return "behind: the restored log ends at entry " + head + ", and checkpoints signed after the backup (" + files
				+ ((files == 1) ? " file" : " files") + ") name entries up to " + restored.newestBeyond() + ": entries "
				+ (head + 1) + " to " + restored.newestBeyond() + " (and any after) are not in the restored log"
				+ " (the SIEM holds what it received of them); those checkpoints were moved to " + moved
				+ ", so the restored kiosk verifies against the ones it holds";
	}

	private String goBack(BackupZip backup, Path aside) {
		Path restored = this.data.resolve(backup.entry());
		return (aside != null) ? "to go back to the database before the restore: rm " + restored + " && mv " + aside
				+ "/* " + this.data + "/" : "to undo the restore: rm " + restored;
	}

	private Path existingFile(String option, Path file) {
		if (!Files.isRegularFile(file)) {
			throw bad(option + " " + file + ": no such file");
		}
		return file;
	}

	private ParameterException bad(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
