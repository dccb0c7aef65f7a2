package org.cloakroom.kiosk.policy;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An entry was added to the flagged-app catalogue (by the seed at first start or by an
 * admin).
 */
@AuditType("FlaggedAppAdded")
public record FlaggedAppAdded(String appId, String name, Severity severity, String aliasOf, List<String> identifiers,
		List<String> sources) implements AuditableEvent {

	public FlaggedAppAdded {
		identifiers = List.copyOf(identifiers);
		sources = List.copyOf(sources);
	}

	static FlaggedAppAdded of(FlaggedApp entry) {
		return new FlaggedAppAdded(entry.id(), entry.name(), entry.severity(), entry.aliasOf(),
				entry.identifiers().stream().map((i) -> i.platform() + " " + i.identifier()).toList(),
				entry.sources().stream().map(FlaggedAppSource::title).toList());
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.flaggedApp(this.appId);
	}

}
