package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.unit.DataSize;

/**
 * Free space where the database and the signed checkpoints are written, one line per file
 * system: a warning under {@code cloakroom.doctor.disk-warn-below}, a failure under
 * {@code disk-fail-below}.
 */
record DiskSpaceCheck(Map<String, Path> places, DataSize warnBelow, DataSize failBelow) implements Check {

	static final String NAME = "disk";

	@Override
	public List<Finding> run() {
		Map<FileStore, List<String>> stores = new LinkedHashMap<>();
		List<Finding> findings = new ArrayList<>();
		this.places.forEach((what, path) -> {
			try {
				stores.computeIfAbsent(Files.getFileStore(nearestExisting(path)), (store) -> new ArrayList<>())
					.add(what + " " + path);
			}
			catch (IOException ex) {
				findings.add(Finding.fail(NAME, "cannot tell the free space of " + path + ": " + ex.getMessage(),
						"see: df -h " + path));
			}
		});
		stores.forEach((store, uses) -> findings.add(judge(store, String.join(" and ", uses))));
		return findings;
	}

	private Finding judge(FileStore store, String uses) {
		long free;
		try {
			free = store.getUsableSpace();
		}
		catch (IOException ex) {
			return Finding.fail(NAME, "cannot tell the free space for " + uses, "see: df -h");
		}
		String found = megabytes(free) + " free for " + uses;
		if (free < this.failBelow.toBytes()) {
			return Finding.fail(NAME, found + " (under " + megabytes(this.failBelow.toBytes()) + ")",
					"free space: sudo journalctl --vacuum-size=100M, old backups in /var/lib/cloakroom/backups");
		}
		if (free < this.warnBelow.toBytes()) {
			return Finding.warn(NAME, found + " (under " + megabytes(this.warnBelow.toBytes()) + ")",
					"free space soon: sudo journalctl --vacuum-size=100M, old backups in /var/lib/cloakroom/backups");
		}
		return Finding.ok(NAME, found);
	}

	private static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

	/**
	 * The path itself, else its nearest ancestor that exists (the kiosk creates the
	 * rest).
	 */
	private static Path nearestExisting(Path path) {
		Path candidate = path.toAbsolutePath();
		while (candidate != null && !Files.exists(candidate)) {
			candidate = candidate.getParent();
		}
		return (candidate != null) ? candidate : path.toAbsolutePath().getRoot();
	}

}
