package org.cloakroom.kiosk.audit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.audit.ChainVerification;
import org.cloakroom.kiosk.audit.CheckpointKey;
import org.cloakroom.kiosk.audit.OfflineVerification;
import org.cloakroom.kiosk.audit.evidence.BundleReport;
import org.cloakroom.kiosk.audit.evidence.BundleVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code audit verify --db PATH [--key FILE] [--checkpoints DIR]}: the application's
 * verification of the audit log, offline and read-only; {@code --archive FILE} instead of
 * {@code --db} verifies an archive of old entries on its own, and {@code --bundle FILE}
 * an evidence bundle ({@link EvidenceBundleVerdict}). One line on standard output (a
 * bundle: one a problem): exit 0 when intact, 1 naming the first bad entry (or the
 * checkpoint or file at fault), 2 for arguments it cannot use.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Verify the audit log in an H2 database file (read-only) against its key and signed checkpoints.")
final class VerifyCommand implements Callable<Integer> {

	private static final String H2_SUFFIX = ".mv.db";

	@Spec
	CommandSpec spec;

	@Option(names = "--db", paramLabel = "PATH",
			description = "The database file, e.g. /var/lib/cloakroom/cloakroom.mv.db (the kiosk stopped, or a copy)")
	Path database;

	@Option(names = "--archive", paramLabel = "FILE",
			description = "Verify an archive of old entries (audit-F-T.jsonl.gz) on its own, instead of a database")
	Path archive;

	@Option(names = "--bundle", paramLabel = "FILE",
			description = "Verify an evidence bundle (zip) offline, instead of a database; give the kiosk's --public-key")
	Path bundle;

	@Mixin
	VerificationEvidence evidence;

	@Option(names = "--user", paramLabel = "NAME", defaultValue = "sa",
			description = "The database user (default: ${DEFAULT-VALUE})")
	String user;

	@Option(names = "--password-file", paramLabel = "FILE",
			description = "A file holding the database user's password; on a kiosk the owner's,"
					+ " /var/lib/cloakroom/secrets/database-owner.password (default: an empty password)")
	Path passwordFile;

	@Override
	public Integer call() throws Exception {
		if (Stream.of(this.database, this.archive, this.bundle).filter(Objects::nonNull).count() != 1) {
			throw bad("give one of --db, --archive or --bundle");
		}
		if (this.bundle != null && this.evidence.checkpoints() != null) {
			throw bad("--checkpoints does not go with --bundle: the bundle holds its checkpoints");
		}
		this.evidence.validate();
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.bundle != null) {
			return verifyBundle(out);
		}
		ChainVerification verification = (this.archive != null) ? verifyArchive() : verifyDatabase();
		out.println(VerdictLine.of(verification, this.evidence.key() != null, this.evidence.checkpoints() != null));
		out.flush();
		return verification.intact() ? 0 : 1;
	}

	private int verifyBundle(PrintWriter out) {
		List<CheckpointKey> trusted = new ArrayList<>();
		for (Path publicKey : this.evidence.publicKeys()) {
			try {
				trusted.add(CheckpointKey.verifying(Files.readString(publicKey), publicKey.toString()));
			}
			catch (IllegalArgumentException | java.io.IOException ex) {
				throw bad("--public-key " + ex.getMessage());
			}
		}
		BundleReport report;
		try {
			report = BundleVerification.verify(existingFile("--bundle", this.bundle), trusted,
					(this.evidence.key() != null) ? OfflineVerification.chainKeysBeside(this.evidence.key()) : null);
		}
		catch (IllegalArgumentException ex) {
			throw bad("--key " + ex.getMessage());
		}
		EvidenceBundleVerdict.of(this.bundle, report).forEach(out::println);
		out.flush();
		return report.intact() ? 0 : 1;
	}

	private ChainVerification verifyArchive() {
		try {
			return OfflineVerification.verifyArchive(existingFile("--archive", this.archive), this.evidence.key(),
					this.evidence.checkpoints(), this.evidence.publicKeys());
		}
		catch (IllegalArgumentException ex) {
			throw bad("--archive " + ex.getMessage());
		}
	}

	private ChainVerification verifyDatabase() throws java.io.IOException {
		String url = "jdbc:h2:file:" + h2Name(existingFile("--db", this.database))
				+ ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
		String password = (this.passwordFile != null)
				? Files.readString(existingFile("--password-file", this.passwordFile)).strip() : "";
		SingleConnectionDataSource database = new SingleConnectionDataSource(url, this.user, password, true);
		try {
			database.getConnection();
		}
		catch (SQLException ex) {
			database.destroy();
			throw bad("--db " + this.database + " does not open as user " + this.user + ": " + ex.getMessage()
					+ " (a kiosk's database needs --password-file with the owner's password)");
		}
		try {
			return OfflineVerification.verify(database, this.evidence.key(), this.evidence.checkpoints(),
					this.evidence.publicKeys());
		}
		finally {
			database.destroy();
		}
	}

	/** H2 names a database by its file without {@code .mv.db}. */
	private static String h2Name(Path file) {
		String path = file.toAbsolutePath().toString();
		return path.endsWith(H2_SUFFIX) ? path.substring(0, path.length() - H2_SUFFIX.length()) : path;
	}

	private Path existingFile(String option, Path file) {
		Path candidate = (option.equals("--db") && !Files.exists(file)) ? Path.of(file + H2_SUFFIX) : file;
		if (!Files.isRegularFile(candidate)) {
			throw bad(option + " " + file + ": no such file");
		}
		return candidate;
	}

	private ParameterException bad(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
