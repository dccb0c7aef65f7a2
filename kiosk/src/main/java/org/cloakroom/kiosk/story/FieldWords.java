package org.cloakroom.kiosk.story;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One detail of an entry in words. The log's field names say what a value is, the same in
 * every event: {@code employeeId}, {@code phoneId(s)} and {@code lockerId} become names,
 * {@code phones} the check-in's decisions ({@link DecisionWords}), instants a time of day
 * (UTC, as the console's columns say), durations seconds or minutes, a true or false
 * {@code story.flag.<field>.<value>}, a text {@code story.value.<field>.<text>} and an
 * enum's value {@code story.value.<VALUE>} when the bundle has one. Long lists show their
 * first few and how many more.
 */
final class FieldWords {

	private static final int LIST_SHOWN = 5;

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z");

	private static final Pattern DURATION = Pattern.compile("P(?:\\d+D)?T[\\d.HMS]+");

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Words words;

	private final Names names;

	private final DecisionWords decisions;

	FieldWords(Words words, Names names) {
		this.words = words;
		this.names = names;
		this.decisions = new DecisionWords(words, names);
	}

	String value(String field, JsonNode node, Instant at) {
		if ("unenrolled".equals(field)) {
			return (node == null || node.isNull()) ? "" : this.decisions.unenrolled(node);
		}
		if (node == null || node.isNull()) {
			return this.words.raw("story.none");
		}
		return switch (field) {
			case "employeeId" -> employee(node.asLong());
			case "phoneId" -> phone(node.asLong());
			case "phoneIds" -> list(node, (phone) -> phone(phone.asLong()));
			case "lockerId" -> locker(node.asInt());
			case "lockerIds" -> list(node, (locker) -> locker(locker.asInt()));
			case "phones" -> this.decisions.phones(node);
			// how far a zone, a presence or a calibration can be trusted: 0 to 1, read as
			// a
			// percentage
			case "confidence" -> Math.round(node.asDouble() * 100) + "%";
			// what a violation or an alert step is about, recorded as a subject (phone:3)
			case "about", "alertSubject" -> subject(node.asString());
			default -> plain(field, node, at);
		};
	}

	/**
	 * " by Dana" ({@code story.actedBy}) for who made a change; nothing where no one was
	 * logged.
	 */
	String actedBy(JsonNode by) {
		return (by == null || by.isNull() || by.asString().isBlank()) ? ""
				: this.words.format("story.actedBy", by.asString());
	}

	/**
	 * {@code employee:1} as a name, {@code locker:7} as "locker 7"; other kinds as
	 * written.
	 */
	String subject(String subject) {
		int colon = subject.indexOf(':');
		String kind = (colon < 0) ? subject : subject.substring(0, colon);
		String id = (colon < 0) ? "" : subject.substring(colon + 1);
		try {
			return switch (kind) {
				case "employee" -> employee(Long.parseLong(id));
				case "phone" -> phone(Long.parseLong(id));
				case "locker" -> this.words.format("story.subject.locker", locker(Integer.parseInt(id)));
				default -> subject;
			};
		}
		catch (NumberFormatException ex) {
			return subject;
		}
	}

	String employee(long id) {
		return this.names.employee(id).orElseGet(() -> this.words.format("story.name.employee", Long.toString(id)));
	}

	String phone(long id) {
		return this.names.phone(id).orElseGet(() -> this.words.format("story.name.phone", Long.toString(id)));
	}

	String locker(int id) {
		return this.names.locker(id).orElseGet(() -> Integer.toString(id));
	}

	String list(JsonNode node, Function<JsonNode, String> item) {
		if (!node.isArray()) {
			return item.apply(node);
		}
		if (node.isEmpty()) {
			return this.words.raw("story.list.none");
		}
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < Math.min(LIST_SHOWN, node.size()); i++) {
			shown.add(item.apply(node.get(i)));
		}
		String joined = String.join(", ", shown);
		return (node.size() > LIST_SHOWN)
				? this.words.format("story.list.more", joined, Integer.toString(node.size() - LIST_SHOWN)) : joined;
	}

	private String plain(String field, JsonNode node, Instant at) {
		if (node.isArray()) {
			return list(node, (item) -> plain(field, item, at));
		}
		if (node.isBoolean()) {
			// an empty flag is words too: nothing added for the usual case
			String flag = this.words.format("story.flag." + field + "." + node.asBoolean());
			return (flag != null) ? flag : Boolean.toString(node.asBoolean());
		}
		if (node.isFloatingPointNumber()) {
			return Long.toString(Math.round(node.asDouble()));
		}
		if (node.isNumber()) {
			return node.asString();
		}
		if (node.isObject()) {
			return this.words.raw("story.none");
		}
		String named = this.words.raw("story.value." + field + "." + node.asString());
		return named.isEmpty() ? text(node.asString(), at) : named;
	}

	private String text(String text, Instant at) {
		try {
			if (INSTANT.matcher(text).matches()) {
				return time(Instant.parse(text), at);
			}
			if (DURATION.matcher(text).matches()) {
				return duration(Duration.parse(text));
			}
		}
		catch (DateTimeParseException ex) {
			return text;
		}
		if (CONSTANT.matcher(text).matches()) {
			String value = this.words.raw("story.value." + text);
			return value.isEmpty() ? text.toLowerCase(Locale.ROOT).replace('_', ' ') : value;
		}
		return text;
	}

	/** The time of day; with the date when it is not the entry's own day. */
	private static String time(Instant instant, Instant at) {
		boolean sameDay = instant.atOffset(ZoneOffset.UTC)
			.toLocalDate()
			.equals(at.atOffset(ZoneOffset.UTC).toLocalDate());
		return sameDay ? TIME.format(instant) : DAY_AND_TIME.format(instant);
	}

	private String duration(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds < 120) ? this.words.format("story.seconds", Long.toString(seconds))
				: this.words.format("story.minutes", Long.toString(duration.toMinutes()));
	}

}
