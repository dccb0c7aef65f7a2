package org.cloakroom.kiosk.fleet.publish;

import java.util.Optional;

/**
 * Each registered kiosk's wrapping key (32 bytes, given to it once when it joined), which
 * central keeps sealed; the IRKs of the configuration it pulls are wrapped under it.
 */
public interface WrappingKeys {

	/** The kiosk's wrapping key, or empty for a kiosk that has none (not joined). */
	Optional<byte[]> of(long kiosk);

}
