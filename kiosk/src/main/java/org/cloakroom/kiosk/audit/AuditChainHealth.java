package org.cloakroom.kiosk.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code auditChain} component of /actuator/health: UNKNOWN until the first
 * verification of a start finished, then UP (entries checked, the newest checkpoint) or
 * DOWN with the problem and the first bad entry.
 */
@Component("auditChainHealthIndicator")
class AuditChainHealth implements HealthIndicator {

	private final ChainMonitor monitor;

	AuditChainHealth(ChainMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public Health health() {
		Optional<ChainMonitor.Verdict> last = this.monitor.last();
		if (last.isEmpty()) {
			return Health.unknown().withDetail("verification", "not finished yet since start-up").build();
		}
		ChainMonitor.Verdict verdict = last.get();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("verifiedAt", verdict.at().toString());
		details.put("tookMillis", verdict.took().toMillis());
		details.put("entriesChecked", verdict.verification().entriesChecked());
		ChainVerification verification = verdict.verification();
		if (verification instanceof ChainVerification.Intact intact) {
			if (intact.newestCheckpoint() != null) {
				details.put("newestCheckpoint", Map.of("sequence", intact.newestCheckpoint().sequence(), "signedAt",
						intact.newestCheckpoint().signedAt().toString()));
			}
			return Health.up().withDetails(details).build();
		}
		if (verification instanceof ChainVerification.Broken broken) {
			details.put("firstBadSequence", broken.firstBadSequence());
			details.put("problem", broken.problem());
		}
		else if (verification instanceof ChainVerification.CheckpointBroken broken) {
			details.put("checkpoint", broken.checkpoint());
			details.put("problem", broken.problem());
		}
		return Health.down().withDetails(details).build();
	}

}
