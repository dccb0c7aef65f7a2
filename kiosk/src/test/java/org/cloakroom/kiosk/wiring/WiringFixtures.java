package org.cloakroom.kiosk.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Special files that the wiring checker must refuse without opening them. */
public final class WiringFixtures {

	private WiringFixtures() {
	}

	/** A named pipe made with mkfifo: reading it would block until a writer comes. */
	public static Path fifo(Path path) throws IOException, InterruptedException {
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
			throw new IOException("mkfifo " + path + " failed");
		}
		return path;
	}

}
