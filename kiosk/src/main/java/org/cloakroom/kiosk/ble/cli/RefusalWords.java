package org.cloakroom.kiosk.ble.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.cloakroom.kiosk.Refusal;

/**
 * The words of a ble refusal from the kiosk's own bundle
 * ({@code messages/ble.properties}), so that a field tool says what the API says; the
 * tools run without Spring and in English.
 */
final class RefusalWords {

	private static final String BUNDLE = "messages.ble";

	private RefusalWords() {
	}

	static String of(Refusal refusal) {
		String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString("refusal." + refusal.code());
		return new MessageFormat(pattern, Locale.ROOT).format(refusal.arguments().toArray());
	}

}
