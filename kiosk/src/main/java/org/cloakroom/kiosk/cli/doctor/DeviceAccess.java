package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Whether the service's user may read (and write) a device file. For the user running the
 * doctor the kernel says (access(2)); for another, as when an installer runs it with sudo
 * for the {@code cloakroom} user, the file's owner, group and mode are read against the
 * groups {@code id -Gn} lists for that user (a group joined since the service started
 * counts only after it restarts).
 */
record DeviceAccess(String user, boolean self, Set<String> groups) implements Predicate<Path> {

	static DeviceAccess of(String user) {
		boolean self = user.equals(System.getProperty("user.name"));
		return new DeviceAccess(user, self, self ? Set.of() : groupsOf(user));
	}

	/** Whether the user may read and write the device. */
	@Override
	public boolean test(Path device) {
		return allows(device, true);
	}

	/**
	 * Whether the user may read the device (enough for an input device, which is read and
	 * grabbed).
	 */
	boolean canRead(Path device) {
		return allows(device, false);
	}

	private boolean allows(Path device, boolean write) {
		if (this.self || "root".equals(this.user)) {
			return Files.isReadable(device) && (!write || Files.isWritable(device));
		}
		try {
			PosixFileAttributes attributes = Files.readAttributes(device, PosixFileAttributes.class);
			Set<PosixFilePermission> mode = attributes.permissions();
			return (attributes.owner().getName().equals(this.user) && mode.contains(PosixFilePermission.OWNER_READ)
					&& (!write || mode.contains(PosixFilePermission.OWNER_WRITE)))
					|| (this.groups.contains(attributes.group().getName())
							&& mode.contains(PosixFilePermission.GROUP_READ)
							&& (!write || mode.contains(PosixFilePermission.GROUP_WRITE)))
					|| (mode.contains(PosixFilePermission.OTHERS_READ)
							&& (!write || mode.contains(PosixFilePermission.OTHERS_WRITE)));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The user's groups as the system knows them (NSS included); none for an unknown
	 * user.
	 */
	private static Set<String> groupsOf(String user) {
		try {
			Process id = new ProcessBuilder("id", "-Gn", "--", user).redirectErrorStream(true).start();
			String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!id.waitFor(10, TimeUnit.SECONDS) || id.exitValue() != 0) {
				return Set.of();
			}
			return Set.of(out.strip().split("\\s+"));
		}
		catch (IOException ex) {
			return Set.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Set.of();
		}
	}

}
