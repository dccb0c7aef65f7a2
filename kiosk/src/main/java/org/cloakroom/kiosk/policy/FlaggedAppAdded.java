package org.cloakroom.kiosk.policy;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An entry was added to the flagged-app catalogue, by the seed at first start ({@code by}
 * null) or by the admin {@code by} names.
 */
@AuditType("FlaggedAppAdded")
public record FlaggedAppAdded(String appId, String name, Severity severity, String aliasOf, List<String> identifiers,
		List<String> sources, String by) implements AuditableEvent {

	public FlaggedAppAdded {
		identifiers = List.copyOf(identifiers);
		sources = List.copyOf(sources);
	}

	static FlaggedAppAdded of(FlaggedApp entry, String by) {
		return new FlaggedAppAdded(entry.id(), entry.name(), entry.severity(), entry.aliasOf(),
				entry.identifiers().stream().map((i) -> i.platform() + " " + i.identifier()).toList(),
				entry.sources().stream().map(FlaggedAppSource::title).toList(), by);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.flaggedApp(this.appId);
	}

}
