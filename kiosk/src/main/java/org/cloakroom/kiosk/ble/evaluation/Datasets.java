package org.cloakroom.kiosk.ble.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared real data sets are: {@code -Dcloakroom.datasets=<folder>}, else
 * {@code <repository root>/../shared/datasets/rssi} (the repository root is the nearest
 * folder up from the working directory that holds {@code .git}; for a git worktree, its
 * main checkout's), as CI lays them out.
 */
public final class Datasets {

	public static final String PROPERTY = "cloakroom.datasets";

	private Datasets() {
	}

	/** The folder, which may not exist: {@link #require} says so. */
	public static Path locate() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		Path here = Path.of("").toAbsolutePath();
		for (Path folder = here; folder != null; folder = folder.getParent()) {
			Path git = folder.resolve(".git");
			if (Files.exists(git)) {
				return mainCheckout(folder, git).resolveSibling("shared")
					.resolve("datasets")
					.resolve("rssi")
					.normalize();
			}
		}
		return here.resolve("../shared/datasets/rssi").normalize();
	}

	/**
	 * A worktree's {@code .git} is a file, {@code gitdir: <main>/.git/worktrees/<name>}:
	 * the main checkout is the folder holding that {@code .git}.
	 */
	private static Path mainCheckout(Path folder, Path git) {
		if (Files.isDirectory(git)) {
			return folder;
		}
		try {
			String line = Files.readString(git).strip();
			if (line.startsWith("gitdir:")) {
				Path gitdir = folder.resolve(line.substring("gitdir:".length()).strip()).normalize();
				for (Path up = gitdir; up != null; up = up.getParent()) {
					if (up.getFileName() != null && up.getFileName().toString().equals(".git")) {
						return up.getParent();
					}
				}
			}
		}
		catch (IOException ex) {
			// not readable: take the folder itself
		}
		return folder;
	}

	/** The folder, or a refusal that names it and says how to point elsewhere. */
	public static Path require(Path folder) {
		if (!Files.isDirectory(folder.resolve(PcNgRecordings.FOLDER))
				|| !Files.isDirectory(folder.resolve(HeraldRecordings.FOLDER))) {
			throw new IllegalStateException(
					"The real RSSI data sets are not in " + folder + " (it needs " + PcNgRecordings.FOLDER + "/ and "
							+ HeraldRecordings.FOLDER + "/); copy them there or set -D" + PROPERTY + "=<folder>");
		}
		return folder;
	}

}
