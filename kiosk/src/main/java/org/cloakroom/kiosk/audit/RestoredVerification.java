package org.cloakroom.kiosk.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The verification of a log restored from a backup: a backup is older than the newest
 * checkpoints, so its chain is checked against the checkpoints up to its own head, and
 * the checkpoints signed after it was taken are listed rather than taken for a tail cut.
 * They name entries written after the backup, which the restored log does not hold.
 *
 * @param verification the chain against the checkpoints up to its head
 * @param headSequence the last entry the restored log holds
 * @param checkpointsBeyond the checkpoint files that name entries after the head, oldest
 * first
 * @param newestBeyond the newest entry those checkpoints name (0 when there is none)
 */
public record RestoredVerification(ChainVerification verification, long headSequence, List<Path> checkpointsBeyond,
		long newestBeyond) {

	public RestoredVerification {
		checkpointsBeyond = List.copyOf(checkpointsBeyond);
	}

	/** Whether the restored log is behind the checkpoints: entries after it were lost. */
	public boolean behind() {
		return !this.checkpointsBeyond.isEmpty();
	}

}
