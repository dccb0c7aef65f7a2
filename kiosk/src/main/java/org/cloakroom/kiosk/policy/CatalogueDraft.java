package org.cloakroom.kiosk.policy;

import java.util.List;

/**
 * One entry as written in a file or request, every value still text, with the line it
 * starts on; {@link DraftCheck} turns it into a {@link FlaggedApp} or into problems.
 */
record CatalogueDraft(int line, String id, String name, String publisher, String severity, String reason,
		String aliasOf, List<IdentifierDraft> identifiers, List<SourceDraft> sources, List<TextDraft> text) {

	CatalogueDraft {
		identifiers = (identifiers == null) ? List.of() : List.copyOf(identifiers);
		sources = (sources == null) ? List.of() : List.copyOf(sources);
		text = (text == null) ? List.of() : List.copyOf(text);
	}

	/** {@code verified} is text too: true, false, verified or unverified. */
	record IdentifierDraft(String platform, String identifier, String verified, String evidence) {
	}

	record SourceDraft(String title, String published, String url, String note) {
	}

	/** The name and reason in the language {@code language} names, as written. */
	record TextDraft(String language, String name, String reason) {
	}

}
