package org.cloakroom.kiosk.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.BidiControls;
import org.cloakroom.kiosk.enrolment.Platform;

/**
 * Checks one draft field by field, collecting every problem rather than stopping at the
 * first, and builds the entry when there is none. Lengths follow the tables' columns.
 */
final class DraftCheck {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(\\.\\*)?");

	private final CatalogueDraft draft;

	private final List<CatalogueProblem> problems = new ArrayList<>();

	private DraftCheck(CatalogueDraft draft) {
		this.draft = draft;
	}

	/** The checked entry, or null with the problems. */
	record Result(FlaggedApp entry, List<CatalogueProblem> problems) {
	}

	static Result check(CatalogueDraft draft) {
		return new DraftCheck(draft).run();
	}

	private Result run() {
		String id = slug("id", this.draft.id(), true);
		String name = text("name", this.draft.name(), 200, true);
		String publisher = text("publisher", this.draft.publisher(), 200, true);
		Severity severity = severity();
		String reason = text("reason", this.draft.reason(), 1000, true);
		String aliasOf = slug("aliasOf", this.draft.aliasOf(), false);
		if (id != null && id.equals(aliasOf)) {
			problem("aliasOf", aliasOf, "aliasOf '" + aliasOf + "' names the entry itself");
		}
		List<FlaggedAppIdentifier> identifiers = identifiers();
		List<FlaggedAppSource> sources = sources();
		Map<String, FlaggedAppText> text = languages();
		shape(aliasOf, identifiers, sources);
		if (!this.problems.isEmpty()) {
			return new Result(null, List.copyOf(this.problems));
		}
		return new Result(new FlaggedApp(id, name, publisher, severity, reason, aliasOf, identifiers, sources, text),
				List.of());
	}

	private void shape(String aliasOf, List<FlaggedAppIdentifier> identifiers, List<FlaggedAppSource> sources) {
		if (this.draft.sources().isEmpty()) {
			problem("sources", "", "sources: an entry needs at least one source");
		}
		if (aliasOf == null && this.draft.aliasOf() == null && this.draft.identifiers().isEmpty()) {
			problem("identifiers", "", "identifiers: an entry that is not an alias needs at least one identifier");
		}
		if (aliasOf != null && !this.draft.identifiers().isEmpty()) {
			problem("identifiers", this.draft.identifiers().get(0).identifier(),
					"identifiers: an alias of '" + aliasOf + "' takes its identifiers from it and cannot have its own");
		}
	}

	private String slug(String field, String value, boolean required) {
		String slug = blankToNull(value);
		if (slug == null) {
			if (required) {
				problem(field, value, field + " is missing");
			}
			return null;
		}
		if (slug.length() > 64 || !SLUG.matcher(slug).matches()) {
			problem(field, slug, field + " '" + slug + "' is not a lower-case slug like 'wechat-pay' (at most 64)");
			return null;
		}
		return slug;
	}

	private String text(String field, String value, int max, boolean required) {
		String text = blankToNull(value);
		if (text == null && required) {
			problem(field, value, field + " is missing");
		}
		if (text != null && text.length() > max) {
			problem(field, text.substring(0, 40) + "...",
					field + " is " + text.length() + " characters long, at most " + max + " are allowed");
			return null;
		}
		if (text != null) {
			Optional<String> bidi = BidiControls.problem(field, text);
			if (bidi.isPresent()) {
				problem(field, text, bidi.get());
				return null;
			}
		}
		return text;
	}

	private Severity severity() {
		String value = blankToNull(this.draft.severity());
		if (value == null) {
			problem("severity", this.draft.severity(), "severity is missing (STORE_REQUIRED or WARN)");
			return null;
		}
		try {
			return Severity.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			problem("severity", value, "severity '" + value + "' is not STORE_REQUIRED or WARN");
			return null;
		}
	}

	private List<FlaggedAppIdentifier> identifiers() {
		List<FlaggedAppIdentifier> identifiers = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CatalogueDraft.IdentifierDraft item : this.draft.identifiers()) {
			Platform platform = platform(item.platform());
			String identifier = blankToNull(item.identifier());
			if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
				problem("identifiers", item.identifier(), "identifier '" + item.identifier()
						+ "' is not a package name, bundle id or prefix like com.tencent.*");
				continue;
			}
			Boolean verified = verified(item.verified());
			String evidence = text("evidence", item.evidence(), 500, false);
			if (platform != null && !seen.add(platform + " " + identifier)) {
				problem("identifiers", identifier, "identifier " + platform + " " + identifier + " is listed twice");
			}
			if (platform != null && verified != null) {
				identifiers.add(new FlaggedAppIdentifier(platform, identifier, verified, evidence));
			}
		}
		return identifiers;
	}

	private Platform platform(String value) {
		String platform = blankToNull(value);
		try {
			return Platform.valueOf(String.valueOf(platform).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problem("platform", value, "platform '" + value + "' is not ANDROID or IOS");
			return null;
		}
	}

	private Boolean verified(String value) {
		String text = blankToNull(value);
		if (text == null) {
			return false;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "verified" -> true;
			case "false", "unverified" -> false;
			default -> {
				problem("verified", text, "verified '" + text + "' is not true or false");
				yield null;
			}
		};
	}

	private List<FlaggedAppSource> sources() {
		List<FlaggedAppSource> sources = new ArrayList<>();
		for (CatalogueDraft.SourceDraft item : this.draft.sources()) {
			int before = this.problems.size();
			String title = text("source title", item.title(), 500, true);
			LocalDate published = date(item.published(), title);
			String url = blankToNull(item.url());
			if (url == null || url.length() > 1000 || !(url.startsWith("https://") || url.startsWith("http://"))) {
				problem("source url", item.url(),
						"source url '" + item.url() + "' of '" + title + "' is not an http(s) address");
			}
			String note = text("source note", item.note(), 500, false);
			if (this.problems.size() == before) {
				sources.add(new FlaggedAppSource(title, published, url, note));
			}
		}
		return sources;
	}

	/**
	 * The name and reason in each language: a well-formed tag other than English, once; a
	 * reason wherever a name is given (a name alone would leave the reason in English).
	 */
	private Map<String, FlaggedAppText> languages() {
		Map<String, FlaggedAppText> text = new TreeMap<>();
		for (CatalogueDraft.TextDraft item : this.draft.text()) {
			Optional<String> tag = TextLanguages.normal(item.language());
			String field = "text." + item.language();
			if (tag.isEmpty()) {
				problem("text", item.language(), "text language '" + item.language()
						+ "' is not a language tag like zh-CN or es (English is the entry's own name and reason)");
				continue;
			}
			String name = text(field + ".name", item.name(), 200, false);
			String reason = text(field + ".reason", item.reason(), 1000, false);
			if (reason == null && blankToNull(item.reason()) == null) {
				if (blankToNull(item.name()) != null) {
					problem(field + ".reason", item.reason(),
							field + ".reason is missing: a name in " + tag.get() + " needs its reason too");
				}
				continue;
			}
			if (text.containsKey(tag.get())) {
				problem("text", item.language(), "text in " + tag.get() + " is given twice");
			}
			else if (reason != null) {
				text.put(tag.get(), new FlaggedAppText(name, reason));
			}
		}
		return text;
	}

	private LocalDate date(String value, String title) {
		String text = blankToNull(value);
		try {
			return LocalDate.parse(String.valueOf(text));
		}
		catch (DateTimeParseException ex) {
			problem("source published", value,
					"source published '" + value + "' of '" + title + "' is not a date written YYYY-MM-DD");
			return null;
		}
	}

	private void problem(String field, String value, String message) {
		String entry = (this.draft.id() == null || this.draft.id().isBlank()) ? null : this.draft.id().strip();
		this.problems.add(new CatalogueProblem(this.draft.line(), entry, field, value, message));
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
