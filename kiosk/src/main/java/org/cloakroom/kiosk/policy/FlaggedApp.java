package org.cloakroom.kiosk.policy;

import java.util.List;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * One entry of the flagged-app catalogue. {@code reason} is one plain sentence that
 * completes "<name> is on the flagged-app list: …". An alias ({@code aliasOf} set, e.g.
 * WeChat Pay of WeChat) has no identifiers of its own: the catalogue reports its
 * parent's.
 */
public record FlaggedApp(String id, String name, String publisher, Severity severity, String reason, String aliasOf,
		List<FlaggedAppIdentifier> identifiers, List<FlaggedAppSource> sources) {

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

	/** The entry with another set of identifiers (an alias takes its parent's). */
	FlaggedApp withIdentifiers(List<FlaggedAppIdentifier> others) {
		return new FlaggedApp(this.id, this.name, this.publisher, this.severity, this.reason, this.aliasOf, others,
				this.sources);
	}

}
