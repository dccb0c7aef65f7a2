package org.cloakroom.kiosk.policy;

import java.util.List;

/**
 * One reason as the employee reads it, in their language: {@code words} once per app,
 * {@code alsoCovers} the names of the aliases it stands for (WeChat Pay under WeChat),
 * and {@code source} what the reason rests on, shown only on request.
 */
public record PlainReason(String words, List<String> alsoCovers, String source) {

	public PlainReason {
		alsoCovers = (alsoCovers == null) ? List.of() : List.copyOf(alsoCovers);
	}

}
