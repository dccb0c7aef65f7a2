package org.cloakroom.kiosk.fleet.retention;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A month of kiosk entries as an archive, in the kiosk's own archive format (the audit
 * log's {@code ArchiveFile}): gzip, JSON lines, a header first
 * ({@code {"archive":1,"table":"fleet_event","partition":P,"from":F,"to":T,"entries":N}}),
 * then one {@link ArchivedEntry} per line in (kiosk, sequence) order. Written to a
 * temporary file, synced, renamed, and the directory synced, so that a file that exists
 * is whole and stays after a power cut.
 */
final class PartitionArchiveFile {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private PartitionArchiveFile() {
	}

	/**
	 * Writes the header and then every entry {@code entries} hands to its sink.
	 * @return the file's SHA-256 and how many entries it holds
	 * @throws UncheckedIOException naming the file, when it could not be written whole
	 */
	static Written write(Path file, Header header, Consumer<Consumer<ArchivedEntry>> entries) {
		Path temporary = file.resolveSibling("." + file.getFileName() + ".new");
		try {
			Files.createDirectories(file.getParent());
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long[] written = { 0 };
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				DigestOutputStream digested = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
				GZIPOutputStream gzip = new GZIPOutputStream(digested, 64 * 1024);
				BufferedWriter out = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
				out.write(JSON.writeValueAsString(header));
				out.write('\n');
				entries.accept((entry) -> {
					try {
						out.write(JSON.writeValueAsString(entry));
						out.write('\n');
						written[0]++;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				out.flush();
				gzip.finish();
				digested.flush();
				channel.force(true);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			syncDirectory(file.getParent());
			return new Written(HexFormat.of().formatHex(sha256.digest()), written[0]);
		}
		catch (IOException | UncheckedIOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Cannot write the archive " + file + ": " + ex.getMessage(),
					(ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : (IOException) ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java runtime offers no SHA-256", ex);
		}
	}

	/** The rename is durable only once the directory's entry is on disk too. */
	private static void syncDirectory(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	private static void deleteQuietly(Path temporary) {
		try {
			Files.deleteIfExists(temporary);
		}
		catch (IOException ex) {
			// the temporary file is overwritten by the next attempt
		}
	}

	/** The archive's first line. */
	record Header(int archive, String table, String partition, Instant from, Instant to, long entries) {

		static Header of(FleetPartition partition, long entries) {
			return new Header(1, "fleet_event", partition.table(), partition.from(), partition.to(), entries);
		}

	}

	/** What was written: the file's SHA-256 (hex) and its entry lines. */
	record Written(String sha256, long entries) {

	}

}
