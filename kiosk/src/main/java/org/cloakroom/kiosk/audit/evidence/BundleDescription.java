package org.cloakroom.kiosk.audit.evidence;

import java.time.Instant;

/**
 * The bundle's {@code bundle.json}: what was selected (any bound may be null), when and
 * by whom it was exported, how many entries {@code events.jsonl} holds, the chain proof's
 * entries {@code chainFrom} to {@code chainTo}, the checkpoints that bound it (files
 * under {@code checkpoints/}; none before when the proof starts at entry 1) and the key
 * that signed the manifest.
 */
public record BundleDescription(int bundle, Instant exportedAt, String exportedBy, Instant fromTime, Instant toTime,
		Long fromSequence, Long toSequence, long events, long chainFrom, long chainTo, String checkpointBefore,
		String checkpointAfter, String signingKey) {

	/** The format this program writes. */
	public static final int FORMAT = 1;

	/** This description with the count of entries selected. */
	public BundleDescription withEvents(long count) {
		return new BundleDescription(this.bundle, this.exportedAt, this.exportedBy, this.fromTime, this.toTime,
				this.fromSequence, this.toSequence, count, this.chainFrom, this.chainTo, this.checkpointBefore,
				this.checkpointAfter, this.signingKey);
	}

}
