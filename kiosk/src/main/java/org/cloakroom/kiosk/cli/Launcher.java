package org.cloakroom.kiosk.cli;

import org.cloakroom.kiosk.CloakroomApplication;

/**
 * The jar's entry point: {@code ble ...} and {@code gpio ...} run a field tool, anything
 * else starts the kiosk. It lives here, not in {@link CloakroomApplication}, so the tools
 * can reach into the modules without the application depending on them.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		if (FieldTools.handles(args)) {
			System.exit(FieldTools.run(args));
		}
		CloakroomApplication.main(args);
	}

}
