package org.cloakroom.kiosk.policy;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * One entry of the flagged-app catalogue. {@code reason} is one plain sentence that
 * completes "<name> is on the flagged-app list: …". An alias ({@code aliasOf} set, e.g.
 * WeChat Pay of WeChat) has no identifiers of its own: the catalogue reports its
 * parent's. {@code text} holds its name and reason in other languages, by BCP 47 tag
 * ({@code zh-CN}, {@code es}); a reader of a language it lacks gets English.
 */
public record FlaggedApp(String id, String name, String publisher, Severity severity, String reason, String aliasOf,
		List<FlaggedAppIdentifier> identifiers, List<FlaggedAppSource> sources, Map<String, FlaggedAppText> text) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public FlaggedApp {
		if (id == null || id.length() > 64 || !SLUG.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"A flagged-app id is a lower-case slug like 'wechat-pay', got '" + id + "'");
		}
		require(id, "name", name);
		require(id, "publisher", publisher);
		require(id, "reason", reason);
		if (severity == null) {
			throw new IllegalArgumentException("Flagged app '" + id + "' needs a severity (STORE_REQUIRED or WARN)");
		}
		if (id.equals(aliasOf)) {
			throw new IllegalArgumentException("Flagged app '" + id + "' cannot be an alias of itself");
		}
		identifiers = (identifiers == null) ? List.of() : List.copyOf(identifiers);
		sources = (sources == null) ? List.of() : List.copyOf(sources);
		text = Collections.unmodifiableMap(new TreeMap<>((text == null) ? Map.of() : text));
		text.keySet().forEach((tag) -> {
			if (!TextLanguages.normal(tag).map(tag::equals).orElse(false)) {
				throw new IllegalArgumentException("Flagged app '" + id + "' has text in '" + tag
						+ "', which is not a language tag like zh-CN or es (English is the entry's own)");
			}
		});
	}

	/** An entry with English words only. */
	public FlaggedApp(String id, String name, String publisher, Severity severity, String reason, String aliasOf,
			List<FlaggedAppIdentifier> identifiers, List<FlaggedAppSource> sources) {
		this(id, name, publisher, severity, reason, aliasOf, identifiers, sources, Map.of());
	}

	private static void require(String id, String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Flagged app '" + id + "' needs a " + field);
		}
	}

	public boolean isAlias() {
		return this.aliasOf != null;
	}

	/** Whether an app id from a phone of the given platform is this app. */
	public boolean matches(Platform platform, String appId) {
		return this.identifiers.stream().anyMatch((identifier) -> identifier.matches(platform, appId));
	}

	/** What the kiosk tells the employee. */
	public String plainWords() {
		return this.name + " is on the flagged-app list: " + this.reason;
	}

	/** Its name for a reader of this language, English where it has none. */
	public String nameIn(Locale locale) {
		return TextLanguages.pick(this.text, locale).map(FlaggedAppText::name).orElse(this.name);
	}

	/** Its reason for a reader of this language, English where it has none. */
	public String reasonIn(Locale locale) {
		return TextLanguages.pick(this.text, locale).map(FlaggedAppText::reason).orElse(this.reason);
	}

	/** The entry with another set of identifiers (an alias takes its parent's). */
	FlaggedApp withIdentifiers(List<FlaggedAppIdentifier> others) {
		return new FlaggedApp(this.id, this.name, this.publisher, this.severity, this.reason, this.aliasOf, others,
				this.sources, this.text);
	}

}
