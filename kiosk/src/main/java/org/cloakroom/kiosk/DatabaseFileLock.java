package org.cloakroom.kiosk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * H2's lock on an open database's file, as the field tools test it before touching a
 * database the kiosk may be running on.
 */
public final class DatabaseFileLock {

	private DatabaseFileLock() {
	}

	/**
	 * Whether a running program has the database file open: H2 locks the whole file while
	 * it is open (another process's lock makes {@code tryLock} fail, this process's own
	 * throws).
	 * @throws IOException when the file cannot be opened for writing (missing, not
	 * permitted)
	 */
	public static boolean heldOn(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

}
