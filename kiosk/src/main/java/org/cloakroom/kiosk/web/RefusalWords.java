package org.cloakroom.kiosk.web;

import java.util.Locale;

import org.cloakroom.kiosk.Refusal;

import org.springframework.context.MessageSource;

/**
 * The words a person reads for a module's refusal: {@code refusal.<code>} from the
 * message bundles, with the refusal's arguments.
 */
public final class RefusalWords {

	private RefusalWords() {
	}

	public static String of(MessageSource messages, Refusal refusal) {
		return messages.getMessage("refusal." + refusal.code(),
				refusal.arguments().stream().map(String::valueOf).toArray(), Locale.ENGLISH);
	}

}
