package org.cloakroom.kiosk.cli;

import java.util.List;

import org.cloakroom.kiosk.CloakroomApplication;

/**
 * The jar's entry point: {@code ble ...}, {@code gpio ...}, {@code audit ...},
 * {@code backup ...}, {@code fleet ...} and {@code doctor} run a field tool, anything
 * else starts the kiosk. {@code @file} arguments are expanded first (picocli's rules), so
 * {@code java -jar cloakroom-kiosk.jar @replay.args} runs the tool the file names; the
 * kiosk gets the expanded arguments, as Spring Boot reads no argument files. It lives
 * here, not in {@link CloakroomApplication}, so the tools can reach into the modules
 * without the application depending on them.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		List<String> expanded;
		try {
			expanded = ArgumentFiles.expand(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("error: " + ex.getMessage());
			System.exit(OneLineErrors.USAGE);
			return;
		}
		if (FieldTools.handlesExpanded(expanded)) {
			// picocli expands the same files again, by the same rules
			System.exit(FieldTools.run(args));
		}
		CloakroomApplication.main(expanded.toArray(String[]::new));
	}

}
