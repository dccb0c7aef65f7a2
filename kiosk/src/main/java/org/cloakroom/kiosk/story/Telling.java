package org.cloakroom.kiosk.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.audit.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One rendering: entries into sentences, sharing the names and words it has looked up. A
 * {@code [field]} of a sentence is the entry's detail of that name, told by
 * {@link FieldWords}; {@code [subject]} and {@code [type]} are the entry's own;
 * {@code [actedBy]} is " by" and the detail {@code by} where the entry has one, and
 * nothing in older entries without it.
 */
final class Telling {

	private static final Pattern FIELD = Pattern.compile("\\[([A-Za-z]+)]");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Words words;

	private final FieldWords fields;

	Telling(Words words, Names names) {
		this.words = words;
		this.fields = new FieldWords(words, names);
	}

	StoryLine line(AuditEntry entry) {
		return new StoryLine(entry.sequence(), entry.at(), entry.type(), entry.subject(),
				entry.alert() ? StoryLine.ALERT : StoryLine.INFO, sentence(entry));
	}

	String sentence(AuditEntry entry) {
		String pattern = this.words.raw("story." + entry.type());
		JsonNode details = details(entry.details());
		if (pattern.isEmpty() || details == null || !details.isObject()) {
			return fill(this.words.raw("story.unknown"), entry, JsonNodeFactory.instance.objectNode());
		}
		return fill(pattern, entry, details);
	}

	String subject(String subject) {
		return this.fields.subject(subject);
	}

	private String fill(String pattern, AuditEntry entry, JsonNode details) {
		Matcher field = FIELD.matcher(pattern);
		StringBuilder sentence = new StringBuilder(pattern.length() + 32);
		while (field.find()) {
			String name = field.group(1);
			String value = switch (name) {
				case "subject" -> this.fields.subject(entry.subject());
				case "type" -> entry.type();
				case "actedBy" -> this.fields.actedBy(details.get("by"));
				default -> this.fields.value(name, details.get(name), entry.at());
			};
			field.appendReplacement(sentence, Matcher.quoteReplacement(value));
		}
		field.appendTail(sentence);
		return capitalized(sentence.toString().strip());
	}

	private static JsonNode details(String details) {
		try {
			return JSON.readTree(details);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String capitalized(String sentence) {
		if (sentence.isEmpty()) {
			return sentence;
		}
		int first = sentence.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(sentence, Character.charCount(first), sentence.length())
			.toString();
	}

}
