package org.cloakroom.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/install.sh into a temporary tree (standing in for a host that does not take the
 * package; no systemd runs there, so units are enabled by symlinks and nothing starts),
 * and the scripts it installs: cloakroom-setup and cloakroom-cds.
 */
class InstallScriptIT {

	@BeforeAll
	static void tools() {
		DebianCommands.require("systemd-sysusers", "systemd");
		DebianCommands.require("systemctl", "systemd");
		DebianCommands.require("java", "default-jre-headless");
	}

	@Test
	void installsTwiceChangingNothingTheSecondTimeAndUninstallsLeavingConfigurationAndData(@TempDir Path root)
			throws Exception {
		Tree tree = Tree.debianRoot(root, "gpio:997", "bluetooth:112");

		install(root);
		assertThat(tree.mode("/usr/bin/cloakroom")).isEqualTo(0755);
		assertThat(tree.mode("/usr/lib/cloakroom/cloakroom-setup")).isEqualTo(0755);
		assertThat(tree.mode("/usr/share/cloakroom/app/cloakroom-kiosk.jar")).isEqualTo(0644);
		assertThat(tree.mode("/etc/cloakroom/application.yml")).isEqualTo(0644);
		assertThat(tree.path("/etc/cloakroom/lockers.yaml"))
			.hasSameTextualContentAs(DebianCommands.repository().resolve("firmware-config/lockers/bench-12.yaml"));
		assertThat(tree.mode("/etc/cloakroom/cloakroom.env")).isEqualTo(0600);
		assertThat(tree.members("gpio")).isEqualTo("cloakroom");
		assertThat(tree.members("bluetooth")).isEqualTo("cloakroom");
		assertThat(Files.readSymbolicLink(tree.path("/etc/systemd/system/multi-user.target.wants/cloakroom.service")))
			.isEqualTo(Path.of("/usr/lib/systemd/system/cloakroom.service"));
		Map<String, String> first = tree.listing();

		assertThat(install(root)).contains("0 file(s) changed");
		assertThat(tree.listing()).as("the tree after a second run").isEqualTo(first);

		// a file an earlier version installed and this one does not goes with the next
		// run
		Path manifest = tree.path("/usr/share/cloakroom/installed-files");
		String gone = "/usr/share/cloakroom/firmware-config/lockers/retired.yaml";
		Files.writeString(tree.path(gone), "bank: retired\n");
		Files.write(manifest, Stream.concat(Files.readAllLines(manifest).stream(), Stream.of(gone)).sorted().toList());

		// an installer's edit is kept by a later run
		Files.writeString(tree.path("/etc/cloakroom/application.yml"), "server:\n  port: 8443\n",
				StandardOpenOption.APPEND);
		String edited = Files.readString(tree.path("/etc/cloakroom/application.yml"));
		assertThat(install(root)).contains("kept your /etc/cloakroom/application.yml");
		assertThat(tree.path("/etc/cloakroom/application.yml")).hasContent(edited);
		assertThat(tree.path(gone)).doesNotExist();
		assertThat(manifest).content().doesNotContain(gone);

		String environment = Files.readString(tree.path("/etc/cloakroom/cloakroom.env"));
		Files.writeString(tree.path("/var/lib/cloakroom/data/cloakroom.mv.db"), "stands in for the database");
		Command.of("bash", Command.installScript(), "--root", root, "--uninstall").succeeds();
		assertThat(tree.path("/usr/share/cloakroom")).doesNotExist();
		assertThat(tree.path("/usr/share/doc/cloakroom")).doesNotExist();
		assertThat(tree.path("/usr/lib/cloakroom")).doesNotExist();
		assertThat(tree.path("/usr/bin/cloakroom")).doesNotExist();
		assertThat(tree.path("/usr/lib/systemd/system/cloakroom.service")).doesNotExist();
		assertThat(tree.path("/etc/systemd/system/multi-user.target.wants/cloakroom.service")).doesNotExist();
		assertThat(tree.path("/etc/cloakroom/application.yml")).hasContent(edited);
		assertThat(tree.path("/etc/cloakroom/cloakroom.env")).hasContent(environment);
		assertThat(tree.path("/var/lib/cloakroom/data/cloakroom.mv.db")).exists();
	}

	@Test
	void setupTightensASecretsFileOthersCouldReadAndPurgeKeepsOnlyTheUsers(@TempDir Path root) throws Exception {
		Tree tree = Tree.debianRoot(root);
		Path sysusers = tree.path("/usr/lib/sysusers.d/cloakroom.conf");
		Files.createDirectories(sysusers.getParent());
		Files.copy(DebianCommands.repository().resolve("deploy/sysusers.d/cloakroom.conf"), sysusers);
		Path setup = DebianCommands.repository().resolve("deploy/bin/cloakroom-setup");

		Command.of(setup, "--root", root, "configure").succeeds();
		Path env = tree.path("/etc/cloakroom/cloakroom.env");
		String secrets = Files.readString(env);
		Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(Command.of(setup, "configure").with(Map.of("DPKG_ROOT", root.toString())).succeeds())
			.contains("was mode 644");
		assertThat(tree.mode("/etc/cloakroom/cloakroom.env")).isEqualTo(0600);
		assertThat(env).as("never remade").hasContent(secrets);

		Command.of(setup, "--root", root, "purge").succeeds();
		for (String gone : new String[] { "/var/lib/cloakroom", "/var/log/cloakroom", "/var/cache/cloakroom",
				"/etc/cloakroom" }) {
			assertThat(tree.path(gone)).doesNotExist();
		}
		assertThat(tree.user("cloakroom")).isPresent();
		assertThat(tree.user("cloakroom-screen")).isPresent();
	}

	@Test
	void cdsTrainsOnceForTheJdkAndLeavesNoArchiveWhenTrainingFails(@TempDir Path work) throws Exception {
		Path app = work.resolve("app");
		Path cache = Files.createDirectories(work.resolve("cache"));
		Command.of("java", "-Djarmode=tools", "-jar", DebianCommands.kioskJar(), "extract", "--destination", app)
			.succeeds();
		Path cds = DebianCommands.repository().resolve("deploy/bin/cloakroom-cds");
		Map<String, String> layout = Map.of("CLOAKROOM_APP_DIR", app.toString(), "CLOAKROOM_CACHE_DIR",
				cache.toString());
		Path archive = cache.resolve("cloakroom.jsa");
		Path stamp = cache.resolve("cloakroom.jsa.jdk");

		assertThat(Command.of(cds, "--if-stale").with(layout).succeeds()).contains("training");
		assertThat(Files.size(archive)).isPositive();
		assertThat(stamp).content().contains("java.home = ").contains("java.version = ");
		FileTime built = Files.getLastModifiedTime(archive);
		assertThat(Command.of(cds, "--if-stale").with(layout).succeeds()).as("fresh: not trained again").isEmpty();
		assertThat(Files.getLastModifiedTime(archive)).isEqualTo(built);

		// another JDK (here a broken one, standing in for an upgrade that cannot start
		// the
		// kiosk) makes the archive stale; its failed training leaves no archive to map
		Path broken = Files.createDirectories(work.resolve("broken-jdk"));
		Path java = Files.writeString(broken.resolve("java"),
				"#!/bin/sh\necho 'Error: stands in for a broken JDK' >&2\nexit 1\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Map<String, String> brokenJdk = new HashMap<>(layout);
		brokenJdk.put("PATH", broken + ":" + System.getenv("PATH"));
		assertThat(Command.of(cds, "--if-stale").with(brokenJdk).succeeds())
			.as("stale, trained again, failed: the kiosk still starts, without the archive")
			.contains("training")
			.contains("stands in for a broken JDK")
			.contains("starts without the archive");
		assertThat(archive).doesNotExist();
		assertThat(stamp).doesNotExist();
		Command.Result failed = Command.of(cds).with(brokenJdk).run();
		assertThat(failed.exitCode()).as("without --if-stale a failed training fails: " + failed.output()).isEqualTo(1);
		assertThat(archive).doesNotExist();
	}

	@Test
	void cloakroomRunsTheInstalledJarWithTheSecretsFileVariables(@TempDir Path work) throws Exception {
		// a java that prints what it was given stands in for the kiosk's field tools
		Path jdk = Files.createDirectories(work.resolve("jdk"));
		Path java = Files.writeString(jdk.resolve("java"),
				"#!/bin/sh\necho \"args: $*\"\necho \"key: $CLOAKROOM_ENROLMENT_IDENTITY_KEY\"\necho \"token: $CLOAKROOM_KIOSK_TOKEN\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path env = Files.writeString(work.resolve("cloakroom.env"),
				"# a comment\nCLOAKROOM_ENROLMENT_IDENTITY_KEY=a2V5+/=\nCLOAKROOM_KIOSK_TOKEN=\"quoted value\"\nCLOAKROOM_NOTE=$(touch "
						+ work.resolve("ran") + ")\n");
		Map<String, String> environment = Map.of("PATH", jdk + ":" + System.getenv("PATH"), "CLOAKROOM_ENV_FILE",
				env.toString(), "CLOAKROOM_JAR", "/usr/share/cloakroom/app/cloakroom-kiosk.jar");
		Path cloakroom = DebianCommands.repository().resolve("deploy/bin/cloakroom");

		assertThat(Command.of(cloakroom, "gpio", "check", "/etc/cloakroom/lockers.yaml").with(environment).succeeds())
			.contains("args: -jar /usr/share/cloakroom/app/cloakroom-kiosk.jar gpio check /etc/cloakroom/lockers.yaml")
			.contains("key: a2V5+/=")
			.contains("token: quoted value");
		assertThat(work.resolve("ran")).as("nothing in the secrets file is run").doesNotExist();
	}

	private static String install(Path root) throws Exception {
		return Command
			.of("bash", Command.installScript(), "--root", root, "--jar", DebianCommands.kioskJar().toAbsolutePath())
			.succeeds();
	}

}
