package org.cloakroom.kiosk.backup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.cloakroom.kiosk.audit.RestoredVerification;

/**
 * Moves the checkpoints signed after a restored backup into the checkpoint directory's
 * {@code beyond-restore-STAMP/}: kept as the record of the entries the restore lost, but
 * out of the restored kiosk's verification, whose new entries will take the same sequence
 * numbers with other hashes.
 */
final class CheckpointsAside {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

	private final Path checkpoints;

	CheckpointsAside(Path checkpoints) {
		this.checkpoints = checkpoints;
	}

	Path move(RestoredVerification restored, Instant now) throws IOException {
		Path folder = this.checkpoints
			.resolve("beyond-restore-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
		for (int i = 2; Files.exists(folder); i++) {
			folder = this.checkpoints
				.resolve("beyond-restore-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "-" + i);
		}
		Files.createDirectory(folder);
		for (Path file : restored.checkpointsBeyond()) {
			Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
		}
		DataDirectory.force(this.checkpoints);
		return folder;
	}

}
