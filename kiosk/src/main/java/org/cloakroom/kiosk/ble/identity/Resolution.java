package org.cloakroom.kiosk.ble.identity;

/** What an advertisement's sender turned out to be. */
public sealed interface Resolution {

	/** One of the enrolled phones. */
	record EnrolledPhone(long phoneId) implements Resolution {
	}

	/**
	 * A phone that matches no enrolled identity; {@code deviceKey} is a keyed hash of its
	 * address, {@code kind} what it looks like ("iPhone", "Android").
	 */
	record UnenrolledPhone(String deviceKey, String kind) implements Resolution {
	}

	/** Anything else (headphones, tags, TVs): only counted. */
	enum NotAPhone implements Resolution {

		INSTANCE

	}

}
