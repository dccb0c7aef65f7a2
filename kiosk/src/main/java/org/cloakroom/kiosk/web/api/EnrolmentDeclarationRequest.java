package org.cloakroom.kiosk.web.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The employee's declaration of a phone's apps (package names or bundle ids; empty when
 * none), attested when it is recorded.
 */
record EnrolmentDeclarationRequest(List<String> appIds) implements ActedBySignedInUser {

	Set<String> appIdSet() {
		if (this.appIds == null) {
			throw new InvalidRequest("request.app-ids-required");
		}
		return new LinkedHashSet<>(this.appIds);
	}

}
