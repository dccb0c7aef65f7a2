package org.cloakroom.kiosk.fleet.forward;

import java.time.Instant;

/**
 * What forwarding last did, for health.
 *
 * @param acknowledged the last sequence central acknowledged
 * @param startedAt when the forwarder started (unreachable since then when it never
 * reached central)
 * @param lastContactAt when central last answered a batch or heartbeat with 200, or null
 * @param lastError the last failure (central's answer or the network's words), or null
 * @param lastErrorAt when it happened, or null
 * @param failures failed attempts since the last success
 * @param nextAttemptAt when it tries again after failures, or null
 * @param stoppedCode central's refusal that stopped forwarding for good, or null
 * @param stoppedReason why, in words, or null
 */
record ForwardingStatus(long acknowledged, Instant startedAt, Instant lastContactAt, String lastError,
		Instant lastErrorAt, int failures, Instant nextAttemptAt, String stoppedCode, String stoppedReason) {

	static ForwardingStatus startingAt(long acknowledged, Instant at) {
		return new ForwardingStatus(acknowledged, at, null, null, null, 0, null, null, null);
	}

	ForwardingStatus acknowledged(long sequence, Instant at) {
		return new ForwardingStatus(sequence, this.startedAt, at, this.lastError, this.lastErrorAt, 0, null, null,
				null);
	}

	ForwardingStatus rewound(long sequence) {
		return new ForwardingStatus(sequence, this.startedAt, this.lastContactAt, this.lastError, this.lastErrorAt,
				this.failures, this.nextAttemptAt, null, null);
	}

	ForwardingStatus failed(String error, Instant at, int failures, Instant nextAttemptAt) {
		return new ForwardingStatus(this.acknowledged, this.startedAt, this.lastContactAt, error, at, failures,
				nextAttemptAt, null, null);
	}

	ForwardingStatus stopped(String code, String reason, Instant at) {
		return new ForwardingStatus(this.acknowledged, this.startedAt, this.lastContactAt, reason, at, this.failures,
				null, code, reason);
	}

	boolean isStopped() {
		return this.stoppedCode != null;
	}

}
