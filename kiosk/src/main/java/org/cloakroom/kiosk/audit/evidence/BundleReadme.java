package org.cloakroom.kiosk.audit.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The bundle's README: the template {@code audit/evidence-README.txt}, filled in. */
final class BundleReadme {

	private static final String TEMPLATE = template();

	private BundleReadme() {
	}

	static String of(BundleDescription description, String fingerprint) {
		Map<String, String> values = Map.of("exportedAt", description.exportedAt().toString(), "exportedBy",
				description.exportedBy(), "selection", selection(description), "events",
				Long.toString(description.events()), "chainFrom", Long.toString(description.chainFrom()), "chainTo",
				Long.toString(description.chainTo()), "checkpointBefore",
				(description.checkpointBefore() != null) ? description.checkpointBefore()
						: "none, the proof starts at entry 1",
				"checkpointAfter", description.checkpointAfter(), "signingKey", description.signingKey(), "fingerprint",
				fingerprint);
		String text = TEMPLATE;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", value.getValue());
		}
		return text;
	}

	private static String selection(BundleDescription description) {
		StringBuilder text = new StringBuilder();
		if (description.fromTime() != null || description.toTime() != null) {
			text.append("entries recorded from ")
				.append((description.fromTime() != null) ? description.fromTime() : "the start")
				.append(" to before ")
				.append((description.toTime() != null) ? description.toTime() : "the export");
		}
		if (description.fromSequence() != null || description.toSequence() != null) {
			text.append((text.length() > 0) ? ", " : "")
				.append("entries ")
				.append((description.fromSequence() != null) ? description.fromSequence() : 1)
				.append(" to ")
				.append((description.toSequence() != null) ? description.toSequence() : "the newest");
		}
		return text.toString();
	}

	private static String template() {
		try (InputStream in = BundleReadme.class.getResourceAsStream("/audit/evidence-README.txt")) {
			if (in == null) {
				throw new IllegalStateException("No audit/evidence-README.txt on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read audit/evidence-README.txt", ex);
		}
	}

}
