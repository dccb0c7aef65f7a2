package org.cloakroom.kiosk.audit.cli;

import org.cloakroom.kiosk.audit.ChainVerification;
import org.cloakroom.kiosk.audit.Checkpoint;

/**
 * The one line {@code audit verify} prints for a verification of a log (and
 * {@code backup restore} for the restored one): intact with what was checked, or where it
 * breaks.
 */
public final class VerdictLine {

	private VerdictLine() {
	}

	/**
	 * @param keyGiven whether entries' own hashes were recomputed with the chain key
	 * @param checkpointsGiven whether a checkpoint directory was checked
	 */
	public static String of(ChainVerification verification, boolean keyGiven, boolean checkpointsGiven) {
		if (verification instanceof ChainVerification.Intact intact) {
			Checkpoint newest = intact.newestCheckpoint();
			return "intact: " + intact.entriesChecked() + " entries checked"
					+ ((newest != null)
							? ", newest checkpoint at entry " + newest.sequence() + " signed " + newest.signedAt()
							: (checkpointsGiven ? ", no checkpoints" : ""))
					+ (keyGiven ? "" : " (entries' own hashes not checked: no --key)")
					+ (checkpointsGiven ? "" : " (no checkpoints checked: no --checkpoints)");
		}
		if (verification instanceof ChainVerification.Broken broken) {
			return "broken at entry " + broken.firstBadSequence() + ": " + broken.problem();
		}
		ChainVerification.CheckpointBroken broken = (ChainVerification.CheckpointBroken) verification;
		return "broken checkpoint " + broken.checkpoint() + ": " + broken.problem();
	}

}
