package org.cloakroom.kiosk.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * H2's {@code fleet_details_contain} (migration V31): whether an entry's details, in
 * lower case, match a LIKE pattern whose escape is {@code \}, as PostgreSQL's function of
 * that name answers. The central search asks it beside its LIKE; on PostgreSQL it is
 * there for the planner (V31 says why), on H2 only so that the same SQL runs.
 */
public final class DetailsText {

	private DetailsText() {
	}

	public static Boolean contain(String details, String pattern) {
		if (details == null || pattern == null) {
			return null;
		}
		return Pattern.compile(regex(pattern), Pattern.DOTALL).matcher(details.toLowerCase(Locale.ROOT)).matches();
	}

	private static String regex(String like) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < like.length(); i++) {
			char c = like.charAt(i);
			if (c == '\\' && i + 1 < like.length()) {
				regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
			}
			else if (c == '%') {
				regex.append(".*");
			}
			else if (c == '_') {
				regex.append('.');
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return regex.toString();
	}

}
