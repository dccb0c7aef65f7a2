package org.cloakroom.kiosk.audit.evidence;

import java.util.List;

/**
 * What verifying a bundle found: no problems, or each problem naming the file (and line
 * and entry) at fault, in the order found.
 *
 * @param problems each {@code FILE[ line N][ (entry S)]: what is wrong}
 * @param events the entries {@code events.jsonl} holds
 * @param chainFrom the chain proof's first entry
 * @param chainTo its last, the checkpoint after's entry
 * @param signingKey the id of the key that signed the manifest
 * @param fingerprint that key's SHA-256 fingerprint, or null when the bundle has none
 * @param keyFromBundle whether that key was taken from the bundle rather than given
 * @param entriesHashed whether each entry's own hash was recomputed (with the chain key)
 */
public record BundleReport(List<String> problems, long events, long chainFrom, long chainTo, String signingKey,
		String fingerprint, boolean keyFromBundle, boolean entriesHashed) {

	public BundleReport {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return this.problems.isEmpty();
	}

}
