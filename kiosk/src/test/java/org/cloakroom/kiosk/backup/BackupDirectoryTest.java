package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The backup directory's names and rotation: only files named as backups are listed and
 * deleted, newest kept, and never the one just written.
 */
class BackupDirectoryTest {

	@TempDir
	Path dir;

	@Test
	void namesABackupByTheUtcSecondItWasTakenAndReadsItBack() {
		Instant at = Instant.parse("2026-12-07T02:30:05Z");

		assertThat(BackupDirectory.nameFor(at)).isEqualTo("cloakroom-20261207-023005.zip");
		assertThat(BackupDirectory.takenAt("cloakroom-20261207-023005.zip")).contains(at);
		assertThat(BackupDirectory.takenAt("cloakroom-20261207-023005.zip.partial")).isEmpty();
		assertThat(BackupDirectory.takenAt("cloakroom-20261399-023005.zip")).isEmpty();
	}

	@Test
	void rotationKeepsTheNewestAndTouchesNothingElse() throws IOException {
		for (String name : new String[] { "cloakroom-20261201-023000.zip", "cloakroom-20261202-023000.zip",
				"cloakroom-20261203-023000.zip", "cloakroom-20261204-023000.zip", "notes.txt",
				"cloakroom-before-upgrade.zip", "cloakroom-20261205-023000.zip.partial" }) {
			Files.writeString(this.dir.resolve(name), name);
		}

		assertThat(new BackupDirectory(this.dir).rotate(2, "cloakroom-20261204-023000.zip"))
			.containsExactlyInAnyOrder("cloakroom-20261201-023000.zip", "cloakroom-20261202-023000.zip");

		assertThat(this.dir.toFile().list()).containsExactlyInAnyOrder("cloakroom-20261203-023000.zip",
				"cloakroom-20261204-023000.zip", "notes.txt", "cloakroom-before-upgrade.zip",
				"cloakroom-20261205-023000.zip.partial");
	}

	@Test
	void rotationNeverDeletesTheBackupJustWrittenEvenWhenItsNameSortsOldest() throws IOException {
		// a clock set back: the new backup's name is older than those kept
		for (String name : new String[] { "cloakroom-20261203-023000.zip", "cloakroom-20261204-023000.zip",
				"cloakroom-20261101-023000.zip" }) {
			Files.writeString(this.dir.resolve(name), name);
		}

		new BackupDirectory(this.dir).rotate(1, "cloakroom-20261101-023000.zip");

		assertThat(this.dir.toFile().list()).containsExactlyInAnyOrder("cloakroom-20261204-023000.zip",
				"cloakroom-20261101-023000.zip");
	}

	@Test
	void listsBackupsNewestFirstWithTheirSizes() throws IOException {
		Files.writeString(this.dir.resolve("cloakroom-20261201-023000.zip"), "12345");
		Files.writeString(this.dir.resolve("cloakroom-20261202-023000.zip"), "123");
		Files.writeString(this.dir.resolve("other.zip"), "1");

		assertThat(new BackupDirectory(this.dir).list()).containsExactly(
				new BackupFile("cloakroom-20261202-023000.zip", Instant.parse("2026-12-02T02:30:00Z"), 3),
				new BackupFile("cloakroom-20261201-023000.zip", Instant.parse("2026-12-01T02:30:00Z"), 5));
	}

	@Test
	void aMissingDirectoryIsNamedAndNeverReplacesAnExistingBackup() throws IOException {
		assertThatIOException().isThrownBy(() -> new BackupDirectory(this.dir.resolve("gone")).writable())
			.withMessage("the backup directory " + this.dir.resolve("gone") + " does not exist");

		Files.writeString(this.dir.resolve("cloakroom-20261201-023000.zip"), "first");
		Path partial = Files.writeString(this.dir.resolve("second.partial"), "second");
		assertThatIOException()
			.isThrownBy(() -> new BackupDirectory(this.dir).complete(partial, "cloakroom-20261201-023000.zip"))
			.withMessageContaining("exists already");
		assertThat(this.dir.resolve("cloakroom-20261201-023000.zip")).hasContent("first");
	}

}
