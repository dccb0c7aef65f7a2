package org.cloakroom.kiosk.badge.wedge;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input device opened for reading its {@code input_event} records; in production
 * grabbed exclusively ({@link GrabbedDevice}).
 */
interface EventDevice extends AutoCloseable {

	/**
	 * Reads what the device has into {@code buffer}: the number of bytes, 0 when nothing
	 * came for a while, -1 when the device is gone (unplugged, or closed).
	 */
	int read(byte[] buffer) throws IOException;

	/** Lets go of the device; may be called from another thread to end a read. */
	@Override
	void close();

	/** Opens a device by its path. */
	interface Opener {

		/**
		 * @throws IOException saying what failed and what to do, for the reader's health
		 */
		EventDevice open(Path device) throws IOException;

	}

}
