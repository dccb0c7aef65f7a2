package org.cloakroom.kiosk.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.policy.CatalogueEntry;
import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.FlaggedAppIdentifier;
import org.cloakroom.kiosk.policy.FlaggedAppSource;
import org.cloakroom.kiosk.policy.FlaggedAppText;
import org.cloakroom.kiosk.policy.Severity;

/**
 * A catalogue entry in the API: its own identifiers only (an alias has none; it matches
 * by its parent's), its name and reason in other languages by BCP 47 tag, and whether it
 * is retired.
 */
record CatalogueEntryView(String id, String name, String publisher, Severity severity, String reason, String aliasOf,
		List<Identifier> identifiers, List<Source> sources, Map<String, FlaggedAppText> text, boolean retired,
		Instant retiredAt, String retiredBecause) {

	record Identifier(String platform, String identifier, boolean verified, String evidence) {

		static Identifier of(FlaggedAppIdentifier identifier) {
			return new Identifier(identifier.platform().name(), identifier.identifier(), identifier.verified(),
					identifier.evidence());
		}

	}

	record Source(String title, String published, String url, String note) {

		static Source of(FlaggedAppSource source) {
			return new Source(source.title(), source.published().toString(), source.url(), source.note());
		}

	}

	static CatalogueEntryView of(CatalogueEntry entry) {
		FlaggedApp app = entry.app();
		return new CatalogueEntryView(app.id(), app.name(), app.publisher(), app.severity(), app.reason(),
				app.aliasOf(), app.identifiers().stream().map(Identifier::of).toList(),
				app.sources().stream().map(Source::of).toList(), app.text(), entry.retired(), entry.retiredAt(),
				entry.retiredBecause());
	}

}
