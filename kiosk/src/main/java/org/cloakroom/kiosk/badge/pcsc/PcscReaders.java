package org.cloakroom.kiosk.badge.pcsc;

import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/** Builds PC/SC readers ({@code type: pcsc} in the wiring file). */
public final class PcscReaders implements BadgeReaderFactory {

	@Override
	public BadgeReaderType type() {
		return BadgeReaderType.PCSC;
	}

	@Override
	public BadgeReader create(BadgeReaderWiring wiring, ReaderContext context) {
		return new PcscReader(wiring, context.clock());
	}

}
