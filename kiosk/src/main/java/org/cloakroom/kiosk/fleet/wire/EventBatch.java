package org.cloakroom.kiosk.fleet.wire;

import java.util.List;

/**
 * A batch of a kiosk's entries, oldest first, with its head (for lag), the checkpoint
 * files signed since the last batch, its checkpoint public keys, and {@code gapFrom} when
 * it no longer holds the entries from that sequence up to the first one sent. An empty
 * batch is a heartbeat.
 */
public record EventBatch(ChainPosition head, List<ForwardedEntry> entries, List<String> checkpoints,
		List<SigningKey> signingKeys, Long gapFrom) {

	/** The most entries one batch may carry. */
	public static final int MAX_ENTRIES = 1000;

	public EventBatch {
		entries = (entries != null) ? List.copyOf(entries) : List.of();
		checkpoints = (checkpoints != null) ? List.copyOf(checkpoints) : List.of();
		signingKeys = (signingKeys != null) ? List.copyOf(signingKeys) : List.of();
	}

}
