package org.cloakroom.kiosk.web.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.ChainVerification;
import org.cloakroom.kiosk.audit.Checkpoint;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log: the newest entries, entries after a sequence, a subject's entries, and
 * the chain check.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The hash-chained event log")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/events")
	@Operation(summary = "Newest first; with 'after', oldest first from that sequence; with 'subject', that subject's")
	List<AuditEntry> events(@RequestParam(required = false) Long after, @RequestParam(required = false) String subject,
			@RequestParam(defaultValue = "100") int limit) {
		if (subject != null) {
			return this.log.about(subject, limit);
		}
		return (after != null) ? this.log.after(after, limit) : this.log.latest(limit);
	}

	@GetMapping("/verification")
	@Operation(
			summary = "Verify the whole keyed chain against the signed checkpoints; names the first entry edited, deleted, inserted or re-hashed, or the checkpoint missing or altered")
	VerificationAnswer verify() {
		return VerificationAnswer.of(this.log.verify());
	}

	/**
	 * The verification on the wire, one shape for every outcome: the first bad sequence,
	 * the checkpoint at fault and the problem are null while the chain is intact; the
	 * first bad sequence is null when a checkpoint file (named) is what is wrong. The
	 * newest checkpoint is the one an intact chain was checked against, if any.
	 */
	record VerificationAnswer(boolean intact, long entriesChecked, Long firstBadSequence, String checkpoint,
			String problem, Long newestCheckpointSequence, Instant newestCheckpointSignedAt) {

		static VerificationAnswer of(ChainVerification verification) {
			if (verification instanceof ChainVerification.Intact intact) {
				Checkpoint newest = intact.newestCheckpoint();
				return new VerificationAnswer(true, intact.entriesChecked(), null, null, null,
						(newest != null) ? newest.sequence() : null, (newest != null) ? newest.signedAt() : null);
			}
			if (verification instanceof ChainVerification.CheckpointBroken broken) {
				return new VerificationAnswer(false, broken.entriesChecked(), null, broken.checkpoint(),
						broken.problem(), null, null);
			}
			// A case that is neither fails here rather than pass as intact.
			ChainVerification.Broken broken = (ChainVerification.Broken) verification;
			return new VerificationAnswer(false, broken.entriesChecked(), broken.firstBadSequence(), null,
					broken.problem(), null, null);
		}

	}

}
