package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.text;

/**
 * One badge reader at the kiosk, named so that the log and {@code badge listen} can say
 * which reader read. The fields that apply depend on its type: {@code device} (the input
 * device under /dev/input/by-id) for a keyboard wedge; {@code pcsc-reader} (part of the
 * PC/SC reader's name; absent: every reader pcscd has) for PC/SC; {@code d0}, {@code d1}
 * (BCM lines) and {@code frame} for Wiegand.
 */
public record BadgeReaderWiring(String name, BadgeReaderType type, BadgeFormat format, @Omissible String device,
		@Omissible String pcscReader, @Omissible Integer d0, @Omissible Integer d1, @Omissible WiegandFrame frame) {

	public BadgeReaderWiring {
		text("name", name);
		present("type", type);
		present("format", format);
	}

}
