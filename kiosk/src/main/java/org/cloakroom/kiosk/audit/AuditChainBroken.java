package org.cloakroom.kiosk.audit;

/**
 * ALERT: a verification found the log or a checkpoint altered. {@code firstBadSequence}
 * is the first entry that does not hold (null when a checkpoint file is what is wrong,
 * and {@code checkpoint} names it).
 */
@AuditType("AuditChainBroken")
public record AuditChainBroken(long entriesChecked, Long firstBadSequence, String checkpoint,
		String problem) implements AuditableEvent {

	static AuditChainBroken of(ChainVerification verification) {
		if (verification instanceof ChainVerification.Broken broken) {
			return new AuditChainBroken(broken.entriesChecked(), broken.firstBadSequence(), null, broken.problem());
		}
		ChainVerification.CheckpointBroken broken = (ChainVerification.CheckpointBroken) verification;
		return new AuditChainBroken(broken.entriesChecked(), null, broken.checkpoint(), broken.problem());
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public boolean alert() {
		return true;
	}

}
