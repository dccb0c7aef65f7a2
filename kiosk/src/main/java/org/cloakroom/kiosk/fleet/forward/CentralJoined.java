package org.cloakroom.kiosk.fleet.forward;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The kiosk joined {@code central} as kiosk {@code kiosk} ({@code name}, at {@code site})
 * at {@code joinedAt} with {@code fleet join}, its log then at entry
 * {@code joinedAtSequence}; recorded in its own log when it first forwards after the
 * join.
 */
@AuditType("CentralJoined")
public record CentralJoined(String central, long kiosk, String name, String site, long joinedAtSequence,
		Instant joinedAt) implements AuditableEvent {

	static CentralJoined of(Membership membership) {
		return new CentralJoined(membership.central().toString(), membership.kiosk(), membership.name(),
				membership.site(), membership.joinedAtSequence(), membership.joinedAt());
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
