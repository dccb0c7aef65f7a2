package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checkpoint files in {@code cloakroom.audit.checkpoint-dir} (another disk on a
 * kiosk): one {@code checkpoint-SEQUENCE-TIME.txt} per checkpoint, each written whole (to
 * a temporary file, synced, then renamed) so a power cut leaves the old set or the new
 * one, and the public key of each signing key beside them as {@code signing-key-ID.pem}.
 */
final class CheckpointDirectory {

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern NAME = Pattern.compile("checkpoint-([0-9]{1,18})-.*\\.txt");

	private final Path dir;

	CheckpointDirectory(Path dir) {
		this.dir = dir;
	}

	Path dir() {
		return this.dir;
	}

	/** One checkpoint file as read: its checkpoint, or why it is not one. */
	record Read(String file, Checkpoint checkpoint, String problem) {
	}

	/** Every checkpoint file, oldest sequence first; none if the directory is missing. */
	List<Read> readAll() {
		return read((sequence) -> true);
	}

	/**
	 * The checkpoint files whose names carry a sequence {@code wanted} accepts, oldest
	 * sequence first (a file whose name carries none is read too: it is no checkpoint).
	 */
	List<Read> read(LongPredicate wanted) {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(this.dir)) {
			files = listed.filter(CheckpointDirectory::isCheckpoint)
				.filter((file) -> namedSequence(file).map(wanted::test).orElse(true))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the checkpoint directory " + this.dir, ex);
		}
		List<Read> read = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				read.add(new Read(name, Checkpoint.parse(name, Files.readString(file, StandardCharsets.UTF_8)), null));
			}
			catch (IOException | IllegalArgumentException ex) {
				read.add(new Read(name, null, ex.getMessage()));
			}
		}
		return read;
	}

	/** The public keys written beside the checkpoints ({@code signing-key-*.pem}). */
	List<Path> publicKeys() {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		try (Stream<Path> listed = Files.list(this.dir)) {
			return listed.filter((file) -> file.getFileName().toString().matches("signing-key-[0-9a-f]+\\.pem"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the checkpoint directory " + this.dir, ex);
		}
	}

	/** Writes the checkpoint (and the signing key's public key, once) durably. */
	String write(Checkpoint checkpoint, CheckpointKey key) {
		try {
			Files.createDirectories(this.dir);
			Path publicKey = this.dir.resolve("signing-key-" + key.id() + ".pem");
			if (!Files.exists(publicKey)) {
				writeDurably(publicKey, key.publicPem());
			}
			String name = String.format("checkpoint-%012d-%s.txt", checkpoint.sequence(),
					COMPACT.format(checkpoint.signedAt()));
			writeDurably(this.dir.resolve(name), checkpoint.text());
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a checkpoint to " + this.dir + ": " + ex.getMessage(), ex);
		}
	}

	private void writeDurably(Path file, String text) throws IOException {
		Path temporary = this.dir.resolve("." + file.getFileName() + ".new");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			channel.write(StandardCharsets.UTF_8.encode(text));
			channel.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		try (FileChannel directory = FileChannel.open(this.dir, StandardOpenOption.READ)) {
			directory.force(true);
		}
	}

	/** The sequence {@code checkpoint-SEQUENCE-TIME.txt} names, if the name holds one. */
	private static Optional<Long> namedSequence(Path file) {
		Matcher name = NAME.matcher(file.getFileName().toString());
		return name.matches() ? Optional.of(Long.parseLong(name.group(1))) : Optional.empty();
	}

	private static boolean isCheckpoint(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith("checkpoint-") && name.endsWith(".txt");
	}

}
