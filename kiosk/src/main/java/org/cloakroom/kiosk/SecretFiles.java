package org.cloakroom.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The kiosk's secrets, one text file each in {@link SecretsProperties#dir()}: created on
 * first use with permissions 0600 (the directory 0700) and refused when anyone but the
 * owner may read them. The values never pass through a logger here, and callers must keep
 * it so: a file's path may be logged, never its content.
 */
@Component
public class SecretFiles {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path dir;

	public SecretFiles(SecretsProperties properties) {
		this.dir = properties.dir().toAbsolutePath();
	}

	/** The file that holds the secret {@code name}, whether or not it exists yet. */
	public Path path(String name) {
		if (name == null || !name.matches("[a-z0-9][a-z0-9.-]*")) {
			throw new IllegalArgumentException(
					"A secret's name is lower-case letters, digits, '.' and '-', was '" + name + "'");
		}
		return this.dir.resolve(name);
	}

	/**
	 * The secret's text (its file's content without the final line break), if it exists.
	 */
	public Optional<String> read(String name) {
		Path file = path(name);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		requireOwnerOnly(file);
		try {
			return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the secret file " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The secret's text; on first use, {@code generator}'s, written to a new file 0600
	 * before it is returned. A second process that creates it at the same moment loses
	 * and reads the winner's.
	 */
	public String readOrCreate(String name, Supplier<String> generator) {
		Optional<String> existing = read(name);
		if (existing.isPresent()) {
			return existing.get();
		}
		Path file = path(name);
		try {
			createDirectory();
			Path temporary = Files.createTempFile(this.dir, "." + name, ".new",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			try {
				Files.writeString(temporary, generator.get() + "\n", StandardCharsets.UTF_8);
				// a link is created atomically or not at all: never over a file another
				// process wrote meanwhile
				Files.createLink(file, temporary);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (FileAlreadyExistsException ex) {
			// created meanwhile: read it below
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the secret file " + file + ": " + ex.getMessage(), ex);
		}
		return read(name).orElseThrow();
	}

	/**
	 * Writes the secret {@code name} (0600, the directory 0700), replacing the one it
	 * had: written to a temporary file first and renamed over it, so a reader finds the
	 * old text or the new one, never part of either.
	 */
	public void write(String name, String text) {
		Path file = path(name);
		try {
			createDirectory();
			Path temporary = Files.createTempFile(this.dir, "." + name, ".new",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			try {
				Files.writeString(temporary, text + "\n", StandardCharsets.UTF_8);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the secret file " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** {@code bytes} random bytes from a strong source, Base64 (URL-safe, unpadded). */
	public static String randomToken(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private void createDirectory() throws IOException {
		if (!Files.isDirectory(this.dir)) {
			Files.createDirectories(this.dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
		}
	}

	private static void requireOwnerOnly(Path file) {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the permissions of the secret file " + file, ex);
		}
		if (!OWNER_ONLY.containsAll(permissions)) {
			throw new IllegalStateException("The secret file " + file + " may be read by others (mode "
					+ PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
		}
	}

}
