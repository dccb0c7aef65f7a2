package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** What changed between two versions of an entry, in words for the audit log. */
final class EntryChanges {

	private EntryChanges() {
	}

	static List<String> between(FlaggedApp before, FlaggedApp after) {
		List<String> changes = new ArrayList<>();
		scalar(changes, "name", before, after, FlaggedApp::name);
		scalar(changes, "publisher", before, after, FlaggedApp::publisher);
		scalar(changes, "severity", before, after, FlaggedApp::severity);
		scalar(changes, "reason", before, after, FlaggedApp::reason);
		scalar(changes, "aliasOf", before, after, FlaggedApp::aliasOf);
		list(changes, "identifier", before.identifiers(), after.identifiers(),
				(i) -> i.platform() + " " + i.identifier() + (i.verified() ? " (verified)" : ""));
		list(changes, "source", before.sources(), after.sources(), (s) -> s.published() + " " + s.title());
		Set<String> languages = new TreeSet<>(before.text().keySet());
		languages.addAll(after.text().keySet());
		for (String language : languages) {
			FlaggedAppText was = before.text().get(language);
			FlaggedAppText is = after.text().get(language);
			scalarText(changes, "name." + language, (was == null) ? null : was.name(), (is == null) ? null : is.name());
			scalarText(changes, "reason." + language, (was == null) ? null : was.reason(),
					(is == null) ? null : is.reason());
		}
		return changes;
	}

	private static void scalar(List<String> changes, String field, FlaggedApp before, FlaggedApp after,
			Function<FlaggedApp, Object> value) {
		if (!Objects.equals(value.apply(before), value.apply(after))) {
			changes.add(field + ": '" + value.apply(before) + "' -> '" + value.apply(after) + "'");
		}
	}

	private static void scalarText(List<String> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(field + ": '" + before + "' -> '" + after + "'");
		}
	}

	private static <T> void list(List<String> changes, String field, List<T> before, List<T> after,
			Function<T, String> words) {
		Set<T> removed = new LinkedHashSet<>(before);
		after.forEach(removed::remove);
		Set<T> added = new LinkedHashSet<>(after);
		before.forEach(added::remove);
		removed.forEach((item) -> changes.add(field + " removed: " + words.apply(item)));
		added.forEach((item) -> changes.add(field + " added: " + words.apply(item)));
	}

}
