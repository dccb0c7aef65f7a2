package org.cloakroom.kiosk.ble;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What BLE has seen: per enrolled phone its latest sighting, and unenrolled phones about.
 */
@Service
public class Presence {

	public Optional<PhoneSighting> sighting(long phoneId) {
		throw new UnsupportedOperationException("TODO ble helper");
	}

	/** Whether the phone sent anything at or after {@code since}. */
	public boolean seenSince(long phoneId, Instant since) {
		throw new UnsupportedOperationException("TODO ble helper");
	}

	/** Unenrolled phones currently placed in the given zone. */
	public List<UnenrolledPhoneSighting> unenrolledPhonesIn(Zone zone) {
		throw new UnsupportedOperationException("TODO ble helper");
	}

}
