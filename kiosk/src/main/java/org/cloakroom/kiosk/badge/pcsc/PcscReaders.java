package org.cloakroom.kiosk.badge.pcsc;

import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/**
 * Builds PC/SC readers ({@code type: pcsc} in the wiring file), after pointing the JDK at
 * Debian's libpcsclite, which must happen before anything in this JVM uses PC/SC.
 */
public final class PcscReaders implements BadgeReaderFactory {

	@Override
	public BadgeReaderType type() {
		return BadgeReaderType.PCSC;
	}

	@Override
	public BadgeReader create(BadgeReaderWiring wiring, ReaderContext context) {
		PcscLibrary.configure();
		return new PcscReader(wiring, context.clock());
	}

}
