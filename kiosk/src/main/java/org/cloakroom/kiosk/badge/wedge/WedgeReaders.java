package org.cloakroom.kiosk.badge.wedge;

import java.nio.file.Path;
import java.time.Duration;

import com.sun.jna.Native;

import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/**
 * Keyboard-wedge readers, each on its input device grabbed exclusively. Listed in
 * {@code META-INF/services/org.cloakroom.kiosk.badge.BadgeReaderFactory}.
 */
public final class WedgeReaders implements BadgeReaderFactory {

	/** How often a missing or unplugged reader's device is tried again. */
	static final Duration REOPEN_EVERY = Duration.ofSeconds(1);

	private final EventDevice.Opener opener;

	public WedgeReaders() {
		this(GrabbedDevice::open);
	}

	WedgeReaders(EventDevice.Opener opener) {
		this.opener = opener;
	}

	@Override
	public BadgeReaderType type() {
		return BadgeReaderType.KEYBOARD_WEDGE;
	}

	@Override
	public BadgeReader create(BadgeReaderWiring wiring, ReaderContext context) {
		return new WedgeReader(wiring.name(), Path.of(wiring.device()), wiring.format(), this.opener, context.clock(),
				context.typingGap(), REOPEN_EVERY, Native.LONG_SIZE);
	}

}
