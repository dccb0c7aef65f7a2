package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's verification ({@link AuditLog#verify()}: the same walk, the same
 * checkpoint check) over a database, key files and checkpoint directory given by hand,
 * for {@code audit verify} without Spring.
 */
public final class OfflineVerification {

	private OfflineVerification() {
	}

	/**
	 * @param database the log's database (read-only is enough)
	 * @param chainKeyFile the chain key's file, or null to check links, sequences, the
	 * head and the checkpoints but not each entry's own hash; retired keys are looked for
	 * beside it as {@code audit-chain-ID.key}
	 * @param checkpointDir the checkpoint directory, or null to check no checkpoints
	 * @param publicKeys the signing keys' public keys (PEM) whose checkpoints count; when
	 * empty, those written beside the checkpoints
	 */
	public static ChainVerification verify(DataSource database, Path chainKeyFile, Path checkpointDir,
			List<Path> publicKeys) {
		return walk(new AuditTable(JdbcClient.create(database)), chainKeyFile, checkpointDir, publicKeys,
				Long.MAX_VALUE);
	}

	/**
	 * Verifies a log restored from a backup: as {@link #verify}, but only the checkpoints
	 * up to its head count, and those after it are listed (see
	 * {@link RestoredVerification}).
	 */
	public static RestoredVerification verifyRestored(DataSource database, Path chainKeyFile, Path checkpointDir,
			List<Path> publicKeys) {
		AuditTable table = new AuditTable(JdbcClient.create(database));
		long head = table.head().lastSequence();
		ChainVerification verification = walk(table, chainKeyFile, checkpointDir, publicKeys, head);
		List<CheckpointDirectory.Read> beyond = (checkpointDir != null)
				? new CheckpointDirectory(checkpointDir).readAll()
					.stream()
					.filter((read) -> read.checkpoint() != null && read.checkpoint().sequence() > head)
					.toList()
				: List.of();
		return new RestoredVerification(verification, head,
				beyond.stream().map((read) -> checkpointDir.resolve(read.file())).toList(),
				beyond.stream().mapToLong((read) -> read.checkpoint().sequence()).max().orElse(0));
	}

	/** The last entry the log in {@code database} holds (its chain head). */
	public static long headSequence(DataSource database) {
		return new AuditTable(JdbcClient.create(database)).head().lastSequence();
	}

	/**
	 * Verifies an archive file on its own: its entries link from the archive before it
	 * (or the start) and its last entry is the one the checkpoint signed at archiving
	 * names.
	 * @throws IllegalArgumentException if the file is not an archive, naming the line
	 */
	public static ChainVerification verifyArchive(Path archive, Path chainKeyFile, Path checkpointDir,
			List<Path> publicKeys) {
		ArchiveFile file = ArchiveFile.read(archive);
		ChainVerification verification = walk(file, chainKeyFile, checkpointDir, publicKeys, file.toSequence());
		if (verification.intact() && checkpointDir != null
				&& (((ChainVerification.Intact) verification).newestCheckpoint() == null
						|| ((ChainVerification.Intact) verification).newestCheckpoint().sequence() != file
							.toSequence())) {
			return new ChainVerification.Broken(verification.entriesChecked(), file.toSequence() + 1,
					"The archive ends at entry " + file.toSequence() + ", but no signed checkpoint names it: entries"
							+ " after it were cut, or the archiver did not write this file.");
		}
		return verification;
	}

	/**
	 * The chain key in {@code chainKeyFile} and the retired ones beside it
	 * ({@code audit-chain-ID.key}), by id: what {@code audit verify --key} recomputes
	 * entries' hashes with.
	 */
	public static Function<String, Optional<ChainKey>> chainKeysBeside(Path chainKeyFile) {
		return chainKeys(chainKeyFile)::byId;
	}

	private static ChainVerification walk(ChainEntries entries, Path chainKeyFile, Path checkpointDir,
			List<Path> publicKeys, long checkpointsUpTo) {
		ChainKeys keys = (chainKeyFile != null) ? chainKeys(chainKeyFile) : ChainKeys.none();
		CheckpointCheck checkpoints = CheckpointCheck.none();
		if (checkpointDir != null) {
			CheckpointDirectory directory = new CheckpointDirectory(checkpointDir);
			Map<String, CheckpointKey> trusted = new HashMap<>();
			for (Path file : publicKeys.isEmpty() ? directory.publicKeys() : publicKeys) {
				CheckpointKey key = CheckpointKey.verifying(read(file), file.toString());
				trusted.put(key.id(), key);
			}
			checkpoints = new CheckpointCheck(directory, (id) -> Optional.ofNullable(trusted.get(id)))
				.upTo(checkpointsUpTo);
		}
		return new ChainWalk(entries, keys, checkpoints).run();
	}

	private static ChainKeys chainKeys(Path file) {
		ChainKey current = ChainKey.parse(read(file), file.toString());
		Path dir = file.toAbsolutePath().getParent();
		return new ChainKeys(current, (id) -> {
			Path retired = dir.resolve(ChainKey.retiredSecret(id));
			return (id.matches("[0-9a-f]{16}") && Files.isRegularFile(retired))
					? Optional.of(ChainKey.parse(read(retired), retired.toString()))
						.filter((key) -> key.id().equals(id))
					: Optional.empty();
		});
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
