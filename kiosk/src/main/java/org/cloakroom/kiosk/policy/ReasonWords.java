package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Says reasons' words and sources in one reader's language, zone and locale, from
 * {@code messages/policy} (English where a language lacks a key).
 */
final class ReasonWords {

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter day;

	private final DateTimeFormatter time;

	ReasonWords(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
		this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
	}

	/** A rule's reason: its wording, or its English words when it has none. */
	String words(Reason reason) {
		return (reason.wording() == null) ? reason.plainWords()
				: say(reason.wording().key(), reason.wording().arguments().toArray());
	}

	/** A rule's source: the area's policy or the exemption, never a setting's name. */
	String source(Reason reason) {
		if (reason.wording() == null) {
			return reason.source();
		}
		if (Reasons.EXEMPTION.equals(reason.rule())) {
			List<Object> arguments = reason.wording().arguments();
			return say("source.exemption", arguments.get(3), arguments.get(0), arguments.get(4));
		}
		return say("source.policy");
	}

	/** A catalogue entry's reason, in this language where the entry has it. */
	String words(Reason reason, FlaggedApp entry) {
		String name = entry.nameIn(this.locale);
		String because = entry.reasonIn(this.locale);
		if (Reasons.FLAGGED_APP_BY_NAME.equals(reason.rule())) {
			return say("reason.flagged-app-by-name", name, because, reason.appId());
		}
		return say("reason.flagged-app", name, because);
	}

	/** The documents an entry rests on, with their dates in this locale. */
	String source(Reason reason, FlaggedApp entry) {
		String documents = entry.sources()
			.stream()
			.map((source) -> say("source.document", source.title(),
					this.day.format(source.published().atStartOfDay(this.day.getZone())), source.url()))
			.collect(Collectors.joining("; "));
		return Reasons.FLAGGED_APP_BY_NAME.equals(reason.rule()) ? documents + "; " + say("source.by-name") : documents;
	}

	private String say(String key, Object... arguments) {
		Object[] said = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			said[i] = argument(arguments[i]);
		}
		return this.messages.getMessage(key, said, this.locale);
	}

	private Object argument(Object argument) {
		if (argument instanceof Reason.Day day) {
			return this.day.format(day.at());
		}
		if (argument instanceof Instant instant) {
			return this.time.format(instant);
		}
		return argument;
	}

}
