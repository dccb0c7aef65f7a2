package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kiosk's secrets: the enrolment identity key in the environment file (32 bytes in
 * base64), that file and the secret files 0600, the secrets directory 0700, all owned by
 * the service's user.
 */
record SecretsCheck(Installation installation, Path secretsDir, String serviceUser) implements Check {

	static final String NAME = "secrets";

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final String NEW_KEY = "echo \"CLOAKROOM_ENROLMENT_IDENTITY_KEY=$(openssl rand -base64 32)\" "
			+ "| sudo tee -a /etc/cloakroom/cloakroom.env (only on a kiosk with no enrolled phones yet)";

	@Override
	public List<Finding> run() {
		List<Finding> findings = new ArrayList<>();
		Path environmentFile = this.installation.environmentFile();
		if (this.installation.environmentFileProblem().isPresent()) {
			findings.add(Finding.fail(NAME, this.installation.environmentFileProblem().get(),
					Files.exists(environmentFile) ? "run the doctor as root: sudo cloakroom doctor"
							: "sudo /usr/lib/cloakroom/cloakroom-setup configure"));
		}
		else {
			exposed(environmentFile, FILE, "600", null).ifPresent(findings::add);
			identityKey().ifPresent(findings::add);
		}
		findings.addAll(directory());
		if (findings.isEmpty()) {
			findings.add(Finding.ok(NAME,
					"identity key set; " + this.secretsDir + " 0700 and its files 0600, owned by " + this.serviceUser));
		}
		return findings;
	}

	private Optional<Finding> identityKey() {
		String key = this.installation.text("cloakroom.enrolment.identity-key", "");
		String where = " in " + this.installation.environmentFile();
		if (key.isBlank()) {
			return Optional.of(Finding.fail(NAME, "CLOAKROOM_ENROLMENT_IDENTITY_KEY is not set" + where, NEW_KEY));
		}
		try {
			int bytes = Base64.getDecoder().decode(key.strip()).length;
			if (bytes != 32) {
				return Optional.of(Finding.fail(NAME,
						"CLOAKROOM_ENROLMENT_IDENTITY_KEY" + where + " decodes to " + bytes + " bytes, not 32",
						NEW_KEY));
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(Finding.fail(NAME,
					"CLOAKROOM_ENROLMENT_IDENTITY_KEY" + where + " is not base64 (" + ex.getMessage() + ")", NEW_KEY));
		}
		return Optional.empty();
	}

	private List<Finding> directory() {
		if (!Files.isDirectory(this.secretsDir)) {
			return List.of(Finding.fail(NAME, this.secretsDir + " (cloakroom.secrets.dir) does not exist",
					"sudo /usr/lib/cloakroom/cloakroom-setup configure"));
		}
		List<Finding> findings = new ArrayList<>();
		exposed(this.secretsDir, DIRECTORY, "700", this.serviceUser).ifPresent(findings::add);
		try (Stream<Path> files = Files.list(this.secretsDir)) {
			files.filter(Files::isRegularFile)
				.sorted()
				.forEach((file) -> exposed(file, FILE, "600", this.serviceUser).ifPresent(findings::add));
		}
		catch (IOException ex) {
			findings.add(
					Finding.fail(NAME, "cannot list " + this.secretsDir + " as user " + System.getProperty("user.name"),
							"run the doctor as root: sudo cloakroom doctor"));
		}
		return findings;
	}

	/**
	 * A file or directory that others may use, or that is not {@code owner}'s (null: any
	 * owner, as for the environment file, which systemd reads as root).
	 */
	private Optional<Finding> exposed(Path path, Set<PosixFilePermission> allowed, String mode, String owner) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
			String actual = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
			if (!allowed.containsAll(permissions)) {
				return Optional.of(Finding.fail(NAME,
						path + " may be read by others (mode " + PosixFilePermissions.toString(permissions) + ")",
						"sudo chmod " + mode + " " + path));
			}
			if (owner != null && !owner.equals(actual)) {
				return Optional.of(Finding.fail(NAME, path + " belongs to " + actual + ", not " + owner,
						"sudo chown " + owner + " " + path));
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of(Finding.fail(NAME, "cannot read the permissions of " + path,
					"run the doctor as root: sudo cloakroom doctor"));
		}
	}

}
