package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where a central search's page ends, in the order of every kiosk's entries: the last
 * entry's (recorded at, kiosk id, sequence), which no two entries share. As text
 * {@code <microseconds since the epoch>.<kiosk id>.<sequence>}, opaque to a client that
 * follows the page's link.
 */
record CentralCursor(Instant recordedAt, long kioskId, long sequence) {

	static CentralCursor of(AuditEntry entry, long kioskId) {
		return new CentralCursor(entry.at(), kioskId, entry.sequence());
	}

	/**
	 * @throws AuditRefusal naming the parameter when the text is no cursor a central page
	 * gave
	 */
	static CentralCursor parse(String parameter, String text) {
		String[] parts = text.split("\\.", -1);
		try {
			if (parts.length == 3) {
				long micros = Long.parseLong(parts[0]);
				return new CentralCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Long.parseLong(parts[1]),
						Long.parseLong(parts[2]));
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// refused below, as any other text that is no cursor
		}
		throw AuditRefusal.cursorUnreadable(parameter, text);
	}

	String text() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, this.recordedAt) + "." + this.kioskId + "." + this.sequence;
	}

}
