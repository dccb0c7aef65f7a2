package org.cloakroom.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A directory tree standing in for a Pi's root file system: what the tests build before
 * installing (a dpkg database, the groups a system has) and read after.
 */
final class Tree {

	private final Path root;

	Tree(Path root) {
		this.root = root;
	}

	Path root() {
		return this.root;
	}

	Path path(String absolute) {
		return this.root.resolve(absolute.substring(1));
	}

	/**
	 * A Debian system's minimum for {@code dpkg --root}: its database, and /etc/passwd
	 * and /etc/group with root and the given groups (name:gid), standing in for the
	 * groups Raspberry Pi OS has.
	 */
	static Tree debianRoot(Path root, String... groups) throws IOException {
		Tree tree = new Tree(root);
		for (String directory : new String[] { "/var/lib/dpkg/info", "/var/lib/dpkg/updates", "/var/lib/dpkg/triggers",
				"/etc" }) {
			Files.createDirectories(tree.path(directory));
		}
		Files.writeString(tree.path("/var/lib/dpkg/status"), "");
		Files.writeString(tree.path("/var/lib/dpkg/available"), "");
		Files.writeString(tree.path("/etc/passwd"), "root:x:0:0:root:/root:/bin/bash\n");
		StringBuilder group = new StringBuilder("root:x:0:\n");
		for (String nameAndId : groups) {
			String[] parts = nameAndId.split(":");
			group.append(parts[0]).append(":x:").append(parts[1]).append(":\n");
		}
		Files.writeString(tree.path("/etc/group"), group);
		return tree;
	}

	/**
	 * The members of a group in the tree's /etc/group, or null when there is no such
	 * group.
	 */
	String members(String group) throws IOException {
		return line("/etc/group", group).map((fields) -> (fields.length > 3) ? fields[3] : "").orElse(null);
	}

	/** A user's fields in the tree's /etc/passwd. */
	Optional<String[]> user(String name) throws IOException {
		return line("/etc/passwd", name);
	}

	private Optional<String[]> line(String file, String name) throws IOException {
		try (Stream<String> lines = Files.lines(path(file))) {
			return lines.map((line) -> line.split(":", -1)).filter((fields) -> fields[0].equals(name)).findFirst();
		}
	}

	int mode(String absolute) throws IOException {
		return (int) Files.getAttribute(path(absolute), "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
	}

	int uid(String absolute) throws IOException {
		return (int) Files.getAttribute(path(absolute), "unix:uid", LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Every path under the root with its type, mode, owner, and content (a file's SHA-256
	 * and time stamp, a link's target): equal listings mean nothing changed.
	 */
	Map<String, String> listing() throws IOException {
		Map<String, String> listing = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(this.root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				listing.put("/" + this.root.relativize(path), describe(path));
			}
		}
		return listing;
	}

	private static String describe(Path path) throws IOException {
		String owner = String.format("%04o %s:%s",
				(int) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777,
				Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS),
				Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS));
		if (Files.isSymbolicLink(path)) {
			return "link " + owner + " -> " + Files.readSymbolicLink(path);
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			return "dir " + owner;
		}
		return "file " + owner + " " + sha256(path) + " "
				+ Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
