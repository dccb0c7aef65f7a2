package org.cloakroom.kiosk.locker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where {@code cloakroom.locker.wiring-file} is: a path as given, or for
 * {@code classpath:<resource>} the resource copied out of the jar into the temporary
 * folder, keeping its name, in a folder named by its content's hash. Everything that
 * reads the wiring (start-up, the health, the console's check, the field tools) reads a
 * file by its path, so a resource gets one; the same content always lands on the same
 * file, written once, atomically, and never over a different bank.
 */
final class WiringLocation {

	static final String CLASSPATH = "classpath:";

	private WiringLocation() {
	}

	static Path path(String wiringFile) {
		if (!wiringFile.startsWith(CLASSPATH)) {
			return Path.of(wiringFile);
		}
		String resource = wiringFile.substring(CLASSPATH.length()).replaceFirst("^/", "");
		byte[] bytes = read(resource, wiringFile);
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "cloakroom-wiring", sha256(bytes).substring(0, 16));
		Path file = folder.resolve(Path.of(resource).getFileName().toString());
		try {
			if (!Files.isRegularFile(file)) {
				Files.createDirectories(folder);
				Path partial = Files.createTempFile(folder, "wiring", ".part");
				Files.write(partial, bytes);
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cloakroom.locker.wiring-file " + wiringFile + " could not be copied to "
					+ file + " to be read: " + ex.getMessage(), ex);
		}
	}

	private static byte[] read(String resource, String wiringFile) {
		try (InputStream in = WiringLocation.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("cloakroom.locker.wiring-file " + wiringFile
						+ " is not inside the jar; give a wiring file's path (on a kiosk /etc/cloakroom/lockers.yaml)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cloakroom.locker.wiring-file " + wiringFile + " cannot be read", ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
