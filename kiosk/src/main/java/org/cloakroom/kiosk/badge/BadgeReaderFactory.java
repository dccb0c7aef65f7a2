package org.cloakroom.kiosk.badge;

import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/**
 * Builds the badge readers of one {@link BadgeReaderType} from their wiring. Each type's
 * package has one, listed in
 * {@code META-INF/services/org.cloakroom.kiosk.badge.BadgeReaderFactory}, so that the
 * kiosk and the {@code badge listen} field tool (which has no Spring context) find the
 * same ones.
 */
public interface BadgeReaderFactory {

	BadgeReaderType type();

	/**
	 * A reader for {@code wiring}, not yet started; opening its device happens at
	 * {@link BadgeReader#start}, so that a reader unplugged at start-up is reported, not
	 * fatal.
	 */
	BadgeReader create(BadgeReaderWiring wiring, ReaderContext context);

}
