package org.cloakroom.kiosk.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The words a person reads for a refusal: {@code refusal.<code>} from the message
 * bundles, with the refusal's arguments. Arguments are shown as they print ({@code 4242},
 * not MessageFormat's {@code 4,242}; an instant as ISO-8601), the way the API has always
 * written ids, counts and times.
 */
@Component
public class RefusalWords {

	private static final Logger log = LoggerFactory.getLogger(RefusalWords.class);

	private final MessageSource messages;

	RefusalWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The refusal's own words, {@code refusal.<code>}. */
	public String of(Refusal refusal, Locale locale) {
		String words = find("refusal." + refusal.code(), refusal.arguments().toArray(), locale);
		if (words == null) {
			// MessageBundlesTest keeps this from happening; if it does, say something
			// true
			log.warn("No words for refusal.{} in the message bundles", refusal.code());
			return JavaTypes.scrub(refusal.getMessage());
		}
		return words;
	}

	/** A message under {@code key} with these arguments, or null when there is none. */
	public String find(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, printed(arguments), null, locale);
	}

	/** Words of the edge's own, which may nest others ({@link #words}). */
	public String of(MessageSourceResolvable words, Locale locale) {
		return this.messages.getMessage(words, locale);
	}

	/**
	 * The words under {@code key} with these arguments (printed, or words themselves).
	 */
	public static MessageSourceResolvable words(String key, Object... arguments) {
		Object[] printed = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			printed[i] = (arguments[i] instanceof MessageSourceResolvable) ? arguments[i]
					: String.valueOf(arguments[i]);
		}
		return new DefaultMessageSourceResolvable(new String[] { key }, printed);
	}

	/** "a or b or c", in the bundle's words. */
	public static Object either(List<?> choices) {
		Object words = String.valueOf(choices.get(0));
		for (Object choice : choices.subList(1, choices.size())) {
			words = words("words.either", words, choice);
		}
		return words;
	}

	/** A message that must exist (the screens' own words). */
	public String of(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, printed(arguments), locale);
	}

	private static Object[] printed(Object[] arguments) {
		Object[] printed = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			printed[i] = String.valueOf(arguments[i]);
		}
		return printed;
	}

}
