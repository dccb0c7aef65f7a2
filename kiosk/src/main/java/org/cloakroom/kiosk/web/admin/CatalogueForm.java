package org.cloakroom.kiosk.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.policy.FlaggedApp;

/**
 * The add and edit form of a catalogue entry, every value as typed, so that a refused
 * form comes back with nothing lost. Identifiers are one a line,
 * {@code platform:identifier[;verified[;evidence]]} as in the CSV layout; sources are
 * rows of title, date, address and note (blank rows ignored); the text in each kiosk
 * language is a name and a reason. It becomes the JSON of one entry, which
 * {@code CatalogueAdministration} checks field by field.
 */
public class CatalogueForm {

	/** The kiosk's languages other than English, offered for every entry's text. */
	static final List<String> LANGUAGES = List.of("zh-CN", "es");

	private static final int SOURCE_ROWS = 3;

	private String id = "";

	private String name = "";

	private String publisher = "";

	private String severity = "STORE_REQUIRED";

	private String reason = "";

	private String aliasOf = "";

	private String identifiers = "";

	private List<Source> sources = new ArrayList<>();

	private List<Text> text = new ArrayList<>();

	/** An empty form, with room for sources and every language's text. */
	static CatalogueForm empty() {
		CatalogueForm form = new CatalogueForm();
		form.padded();
		return form;
	}

	static CatalogueForm of(FlaggedApp app) {
		CatalogueForm form = new CatalogueForm();
		form.id = app.id();
		form.name = app.name();
		form.publisher = app.publisher();
		form.severity = app.severity().name();
		form.reason = app.reason();
		form.aliasOf = (app.aliasOf() != null) ? app.aliasOf() : "";
		form.identifiers = app.identifiers()
			.stream()
			.map((i) -> i.platform().name().toLowerCase(Locale.ROOT) + ":" + i.identifier()
					+ (i.verified() ? ";verified" : ";unverified") + ((i.evidence() != null) ? ";" + i.evidence() : ""))
			.collect(Collectors.joining("\n"));
		app.sources()
			.forEach((s) -> form.sources
				.add(new Source(s.title(), s.published().toString(), s.url(), (s.note() != null) ? s.note() : "")));
		app.text()
			.forEach((language, words) -> form.text
				.add(new Text(language, (words.name() != null) ? words.name() : "", words.reason())));
		form.padded();
		return form;
	}

	/** A blank source row to add one, and a row for each kiosk language it lacks. */
	CatalogueForm padded() {
		while (this.sources.size() < SOURCE_ROWS || !this.sources.get(this.sources.size() - 1).isBlank()) {
			this.sources.add(new Source());
		}
		Set<String> present = this.text.stream().map(Text::getLanguage).collect(Collectors.toSet());
		LANGUAGES.stream().filter((language) -> !present.contains(language)).forEach((language) -> {
			Text row = new Text();
			row.setLanguage(language);
			this.text.add(row);
		});
		return this;
	}

	/**
	 * The entry as the API's JSON; a language left blank is removed, every kiosk language
	 * being on the form.
	 */
	String toJson(JsonMapper json, boolean withId) {
		ObjectNode entry = json.createObjectNode();
		if (withId) {
			entry.put("id", this.id);
		}
		entry.put("name", this.name);
		entry.put("publisher", this.publisher);
		entry.put("severity", this.severity);
		entry.put("reason", this.reason);
		if (this.aliasOf != null && !this.aliasOf.isBlank()) {
			entry.put("aliasOf", this.aliasOf.strip());
		}
		ArrayNode identifierList = entry.putArray("identifiers");
		this.identifiers.lines().filter((line) -> !line.isBlank()).forEach((line) -> {
			String[] fields = line.split(";", 3);
			String[] named = fields[0].split(":", 2);
			ObjectNode item = identifierList.addObject();
			item.put("platform", (named.length == 2) ? named[0].strip() : "");
			item.put("identifier", named[named.length - 1].strip());
			item.put("verified", (fields.length > 1) ? fields[1].strip() : "false");
			if (fields.length > 2 && !fields[2].isBlank()) {
				item.put("evidence", fields[2].strip());
			}
		});
		ArrayNode sourceList = entry.putArray("sources");
		this.sources.stream().filter((source) -> !source.isBlank()).forEach((source) -> {
			ObjectNode item = sourceList.addObject();
			item.put("title", source.getTitle());
			item.put("published", source.getPublished());
			item.put("url", source.getUrl());
			if (!source.getNote().isBlank()) {
				item.put("note", source.getNote());
			}
		});
		ObjectNode languages = entry.putObject("text");
		Set<String> seen = new LinkedHashSet<>();
		for (Text row : this.text) {
			if (row.getLanguage() == null || !seen.add(row.getLanguage())) {
				continue;
			}
			if (row.getName().isBlank() && row.getReason().isBlank()) {
				languages.putNull(row.getLanguage());
			}
			else {
				languages.putObject(row.getLanguage()).put("name", row.getName()).put("reason", row.getReason());
			}
		}
		return json.writeValueAsString(entry);
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = blankIfNull(id);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = blankIfNull(name);
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = blankIfNull(publisher);
	}

	public String getSeverity() {
		return this.severity;
	}

	public void setSeverity(String severity) {
		this.severity = blankIfNull(severity);
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = blankIfNull(reason);
	}

	public String getAliasOf() {
		return this.aliasOf;
	}

	public void setAliasOf(String aliasOf) {
		this.aliasOf = blankIfNull(aliasOf);
	}

	public String getIdentifiers() {
		return this.identifiers;
	}

	public void setIdentifiers(String identifiers) {
		this.identifiers = blankIfNull(identifiers);
	}

	public List<Source> getSources() {
		return this.sources;
	}

	public void setSources(List<Source> sources) {
		this.sources = new ArrayList<>(sources);
	}

	public List<Text> getText() {
		return this.text;
	}

	public void setText(List<Text> text) {
		this.text = new ArrayList<>(text);
	}

	private static String blankIfNull(String value) {
		return (value != null) ? value : "";
	}

	/** One source row: title, publication date (YYYY-MM-DD), address, note. */
	public static class Source {

		private String title = "";

		private String published = "";

		private String url = "";

		private String note = "";

		public Source() {
		}

		Source(String title, String published, String url, String note) {
			this.title = title;
			this.published = published;
			this.url = url;
			this.note = note;
		}

		boolean isBlank() {
			return this.title.isBlank() && this.published.isBlank() && this.url.isBlank() && this.note.isBlank();
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = blankIfNull(title);
		}

		public String getPublished() {
			return this.published;
		}

		public void setPublished(String published) {
			this.published = blankIfNull(published);
		}

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = blankIfNull(url);
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = blankIfNull(note);
		}

	}

	/** The entry's name and reason in one language. */
	public static class Text {

		private String language;

		private String name = "";

		private String reason = "";

		public Text() {
		}

		Text(String language, String name, String reason) {
			this.language = language;
			this.name = name;
			this.reason = reason;
		}

		public String getLanguage() {
			return this.language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = blankIfNull(name);
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = blankIfNull(reason);
		}

	}

}
