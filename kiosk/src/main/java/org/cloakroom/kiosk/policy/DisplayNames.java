package org.cloakroom.kiosk.policy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a display name from an MDM report is compared with a catalogue entry's name:
 * trimmed, runs of white space made one space, case ignored. Nothing fuzzier: a near miss
 * must not flag somebody's phone.
 */
final class DisplayNames {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private DisplayNames() {
	}

	static String normalise(String name) {
		return (name == null) ? "" : SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	static boolean same(String a, String b) {
		String left = normalise(a);
		return !left.isEmpty() && left.equals(normalise(b));
	}

}
