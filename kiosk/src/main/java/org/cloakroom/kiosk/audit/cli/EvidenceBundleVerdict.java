package org.cloakroom.kiosk.audit.cli;

import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.audit.evidence.BundleReport;

/**
 * What {@code audit verify --bundle} prints: one line when the bundle is intact, saying
 * what was checked and which key was trusted; otherwise one line a problem.
 */
final class EvidenceBundleVerdict {

	private EvidenceBundleVerdict() {
	}

	static List<String> of(Path bundle, BundleReport report) {
		if (!report.intact()) {
			return report.problems().stream().map((problem) -> "broken: " + problem).toList();
		}
		return List.of("intact: evidence bundle " + bundle.getFileName() + ": " + report.events()
				+ " selected entries, chain proof of entries " + report.chainFrom() + " to " + report.chainTo()
				+ " linked between signed checkpoints, manifest signed by key " + report.signingKey()
				+ " (SHA-256 fingerprint " + report.fingerprint() + ")"
				+ (report.keyFromBundle()
						? ", a key taken from the bundle: give the kiosk's --public-key to check it is the kiosk's"
						: "")
				+ (report.entriesHashed() ? "" : " (entries' own hashes not checked: no --key)"));
	}

}
