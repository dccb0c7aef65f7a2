package org.cloakroom.kiosk.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The bundle's words for one rendering. Sentences ({@code story.<type>}) are read raw,
 * with their {@code [field]}s for {@link Telling} to fill; the small pieces
 * ({@code story.app}, {@code story.more}) are MessageFormat patterns with arguments.
 */
final class Words {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> raw = new HashMap<>();

	Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The message as written, or empty when the bundle has none. */
	String raw(String code) {
		return this.raw.computeIfAbsent(code, (key) -> {
			String text = this.messages.getMessage(key, null, null, this.locale);
			return (text != null) ? text : "";
		});
	}

	/** The message with its arguments, or null when the bundle has none. */
	String format(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, null, this.locale);
	}

}
