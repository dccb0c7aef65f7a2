package org.cloakroom.kiosk.audit;

import java.time.Instant;

/**
 * A checkpoint of the chain head was signed and written to {@code file} in the checkpoint
 * directory. Recorded in the log (and so forwarded to the SIEM) so that a deleted
 * checkpoint file is missed: verification expects a file for every one of these.
 */
@AuditType(AuditCheckpointSigned.TYPE)
public record AuditCheckpointSigned(long sequence, String hash, Instant signedAt, String keyId, long keyedFrom,
		String signingKey, String signature, String file) implements AuditableEvent {

	static final String TYPE = "AuditCheckpointSigned";

	static AuditCheckpointSigned of(Checkpoint checkpoint, String file) {
		return new AuditCheckpointSigned(checkpoint.sequence(), checkpoint.hash(), checkpoint.signedAt(),
				checkpoint.keyId(), checkpoint.keyedFrom(), checkpoint.signingKey(), checkpoint.signature(), file);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
