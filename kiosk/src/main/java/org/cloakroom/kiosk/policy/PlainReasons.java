package org.cloakroom.kiosk.policy;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * A decision's reasons as the kiosk says them: once per app, in the reader's language.
 * (Issue 13 scaffolding: English, one line per reason, until the policy words land.)
 */
@Component
public class PlainReasons {

	public List<PlainReason> of(Decision decision, Locale locale) {
		return decision.reasons()
			.stream()
			.map((reason) -> new PlainReason(reason.plainWords(), List.of(), reason.source()))
			.toList();
	}

}
