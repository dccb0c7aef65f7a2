package org.cloakroom.kiosk.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.cloakroom.kiosk.SettingOrigin;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The kiosk home's secrets before the long start: the enrolment identity key is given
 * (its form is the enrolment module's to judge), and the secrets directory is this user's
 * to write and nobody else's to read, as are the files in it.
 */
final class KioskSecrets {

	static final String IDENTITY_KEY = "cloakroom.enrolment.identity-key";

	static final String SECRETS_DIR = "cloakroom.secrets.dir";

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private KioskSecrets() {
	}

	static List<Reason> refusals(ConfigurableEnvironment environment) {
		List<Reason> refusals = new ArrayList<>();
		String key = environment.getProperty(IDENTITY_KEY);
		if (key == null || key.isBlank()) {
			refusals.add(new Reason(
					"The kiosk home needs its enrolment identity key and "
							+ "CLOAKROOM_ENROLMENT_IDENTITY_KEY is not set: add it to /etc/cloakroom/cloakroom.env "
							+ "(mode 0600) as 32 random bytes in base64, the output of `openssl rand -base64 32`.",
					"echo \"CLOAKROOM_ENROLMENT_IDENTITY_KEY=$(openssl rand -base64 32)\" "
							+ "| sudo tee -a /etc/cloakroom/cloakroom.env"));
		}
		Path dir = Path.of(environment.getProperty(SECRETS_DIR, "/var/lib/cloakroom/secrets")).toAbsolutePath();
		directory(dir, SettingOrigin.of(environment, SECRETS_DIR)).ifPresent(refusals::add);
		refusals.addAll(files(dir));
		return refusals;
	}

	private static Optional<Reason> directory(Path dir, SettingOrigin origin) {
		String user = System.getProperty("user.name");
		String named = "The secrets directory " + dir + " (" + SECRETS_DIR + ", " + origin.where() + ")";
		if (!Files.exists(dir)) {
			Path parent = dir.getParent();
			if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
				return Optional.empty();
			}
			return Optional.of(new Reason(
					named + " does not exist and user " + user
							+ " cannot create it: run sudo /usr/lib/cloakroom/cloakroom-setup configure, "
							+ "which creates it for the cloakroom user with mode 0700.",
					"sudo /usr/lib/cloakroom/cloakroom-setup configure"));
		}
		String fix = "sudo chown " + user + " " + dir + " && sudo chmod 700 " + dir;
		if (!Files.isDirectory(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
			return Optional.of(new Reason(named + " is not a directory user " + user
					+ " may write: it must be theirs with mode 0700 (run: " + fix + ").", fix));
		}
		Set<PosixFilePermission> permissions = permissions(dir);
		if (!OWNER_ONLY_DIRECTORY.containsAll(permissions)) {
			return Optional
				.of(new Reason(named + " may be read by others (mode " + PosixFilePermissions.toString(permissions)
						+ "): run chmod 700 " + dir + ".", "chmod 700 " + dir));
		}
		return Optional.empty();
	}

	private static List<Reason> files(Path dir) {
		if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile)
				.sorted()
				.filter((file) -> !OWNER_ONLY_FILE.containsAll(permissions(file)))
				.map((file) -> new Reason(
						"The secret file " + file + " may be read by others (mode "
								+ PosixFilePermissions.toString(permissions(file)) + "): run chmod 600 " + file + ".",
						"chmod 600 " + file))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static Set<PosixFilePermission> permissions(Path path) {
		try {
			return Files.getPosixFilePermissions(path);
		}
		catch (IOException ex) {
			return Set.of();
		}
	}

}
