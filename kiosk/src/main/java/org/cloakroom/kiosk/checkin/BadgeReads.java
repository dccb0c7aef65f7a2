package org.cloakroom.kiosk.checkin;

import org.springframework.stereotype.Service;

/**
 * The port for the kiosk's badge reader: a reader driver (Wiegand, OSDP, PC/SC) or the
 * simulation's reader calls it, in process, with the number it read off a badge. A badge
 * read is possession, so it identifies without a PIN; nothing that arrives over HTTP may
 * call this, because a number sent in a request is typed, not read.
 */
@Service
public class BadgeReads {

	private final KioskDesk desk;

	BadgeReads(KioskDesk desk) {
		this.desk = desk;
	}

	/** A badge held to the kiosk's reader: the kiosk's conversation starts with it. */
	public KioskScreen read(String badgeId) {
		return this.desk.identify(Identification.read(badgeId));
	}

}
