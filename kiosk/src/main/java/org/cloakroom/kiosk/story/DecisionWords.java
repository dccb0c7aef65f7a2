package org.cloakroom.kiosk.story;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.FlaggedAppSource;
import tools.jackson.databind.JsonNode;

/**
 * A check-in's decisions in words, as an officer wants them: "Pixel 8 must stay outside:
 * WeChat (Executive Order 13943 2020, Amnesty International 2016)". A flagged app is
 * named with its sources from the catalogue; another rule by {@code story.rule.<rule>},
 * or the plain words the log recorded for it.
 */
final class DecisionWords {

	private static final int SHORT_TITLE = 40;

	private final Words words;

	private final Names names;

	/** Each app's words with its sources, built once per rendering. */
	private final Map<String, String> apps = new HashMap<>();

	DecisionWords(Words words, Names names) {
		this.words = words;
		this.names = names;
	}

	String phones(JsonNode phones) {
		if (!phones.isArray() || phones.isEmpty()) {
			return this.words.raw("story.phone.none");
		}
		StringJoiner joined = new StringJoiner(" · ");
		for (JsonNode phone : phones) {
			joined.add(phone(phone));
		}
		return joined.toString();
	}

	String unenrolled(JsonNode notice) {
		JsonNode keys = notice.get("deviceKeys");
		int count = (keys != null && keys.isArray()) ? keys.size() : 0;
		if (count == 0) {
			return "";
		}
		return (count == 1) ? this.words.raw("story.unenrolled.one")
				: this.words.format("story.unenrolled.many", Integer.toString(count));
	}

	private String phone(JsonNode phone) {
		String label = text(phone, "label");
		if (label.isEmpty() && phone.hasNonNull("phoneId")) {
			label = this.names.phone(phone.get("phoneId").asLong()).orElse("");
		}
		String verdict = text(phone, "verdict");
		String pattern = this.words.raw("story.phone." + verdict);
		if (pattern.isEmpty()) {
			pattern = this.words.raw("story.phone.other");
		}
		return pattern.replace("[label]", label).replace("[verdict]", verdict).replace("[reasons]", reasons(phone))
				+ presence(phone);
	}

	/**
	 * What BLE heard of the phone around the badge (its presence at badge), when the log
	 * recorded any: where it placed it and how sure it was, or that it could not tell.
	 */
	private String presence(JsonNode phone) {
		JsonNode packets = phone.get("packets");
		if (packets == null || packets.asInt() <= 0) {
			return "";
		}
		String percent = Math.round(phone.path("confidence").asDouble() * 100) + "%";
		JsonNode proximity = phone.get("proximity");
		return (proximity == null || proximity.isNull()) ? this.words.format("story.presence.unknown", percent)
				: this.words.format("story.presence.placed", this.words.raw("story.value." + proximity.asString()),
						percent);
	}

	private String reasons(JsonNode phone) {
		Set<String> reasons = new LinkedHashSet<>();
		JsonNode all = phone.get("reasons");
		if (all != null && all.isArray()) {
			for (JsonNode reason : all) {
				reasons.add(reason(reason));
			}
		}
		return String.join(", ", reasons);
	}

	private String reason(JsonNode reason) {
		String entry = text(reason, "catalogueEntry");
		if (!entry.isEmpty()) {
			return this.apps.computeIfAbsent(entry, (id) -> this.names.flaggedApp(id).map(this::app).orElse(id));
		}
		String rule = this.words.raw("story.rule." + text(reason, "rule"));
		return rule.isEmpty() ? text(reason, "plainWords") : rule;
	}

	private String app(FlaggedApp app) {
		if (app.sources().isEmpty()) {
			return app.name();
		}
		StringJoiner sources = new StringJoiner(", ");
		app.sources().forEach((source) -> sources.add(source(source)));
		return this.words.format("story.app", app.name(), sources.toString());
	}

	/**
	 * A source as short as a line allows: the part of its title before a colon, or the
	 * publisher it names in closing brackets, and the year.
	 */
	private String source(FlaggedAppSource source) {
		String title = source.title().strip();
		int colon = title.indexOf(':');
		int bracket = title.lastIndexOf(" (");
		if (colon > 0) {
			title = title.substring(0, colon);
		}
		else if (bracket > 0 && title.endsWith(")")) {
			title = title.substring(bracket + 2, title.length() - 1);
		}
		if (title.length() > SHORT_TITLE) {
			title = title.substring(0, SHORT_TITLE - 1).strip() + "…";
		}
		return this.words.format("story.source", title, Integer.toString(source.published().getYear()));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

}
