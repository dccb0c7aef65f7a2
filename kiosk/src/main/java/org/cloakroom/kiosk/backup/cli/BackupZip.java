package org.cloakroom.kiosk.backup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file as {@code BACKUP TO} writes it: a zip holding one H2 database file
 * ({@code NAME.mv.db}, which starts with H2's file header), at its top level.
 *
 * @param file the zip
 * @param entry the database file's entry, e.g. {@code cloakroom.mv.db}
 */
record BackupZip(Path file, String entry) {

	static final String H2_SUFFIX = ".mv.db";

	/** What every H2 (MVStore) database file starts with. */
	private static final String H2_HEADER = "H:2,";

	/** The database's name, as H2's URL takes it: the entry without {@code .mv.db}. */
	String databaseName() {
		return this.entry.substring(0, this.entry.length() - H2_SUFFIX.length());
	}

	/**
	 * @throws IllegalArgumentException naming what makes the file no H2 backup
	 */
	static BackupZip read(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> names = zip.stream().map(ZipEntry::getName).toList();
			List<String> databases = names.stream().filter((name) -> name.endsWith(H2_SUFFIX)).toList();
			if (databases.size() != 1) {
				throw new IllegalArgumentException(file + " is not an H2 backup: it holds "
						+ (databases.isEmpty() ? "no database file (*.mv.db)" : databases.size() + " database files")
						+ ", entries " + names);
			}
			String entry = databases.get(0);
			if (entry.contains("/") || entry.contains("\\") || entry.startsWith(".")) {
				throw new IllegalArgumentException(
						file + " is not an H2 backup: its database file " + entry + " is not at the zip's top level");
			}
			try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
				String start = new String(in.readNBytes(H2_HEADER.length()), StandardCharsets.ISO_8859_1);
				if (!start.equals(H2_HEADER)) {
					throw new IllegalArgumentException(file + " is not an H2 backup: its entry " + entry
							+ " does not start with H2's file header (" + H2_HEADER + "...)");
				}
			}
			return new BackupZip(file, entry);
		}
		catch (ZipException ex) {
			throw new IllegalArgumentException(file + " is not an H2 backup: not a zip file (" + ex.getMessage() + ")",
					ex);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

}
