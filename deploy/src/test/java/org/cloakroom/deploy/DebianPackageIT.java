package org.cloakroom.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Debian package the build made, read with dpkg-deb and installed, reinstalled,
 * removed and purged with dpkg in a temporary root
 * ({@code dpkg --root --force-script-chrootless}: the maintainer scripts run with the
 * host's tools and {@code DPKG_ROOT} set). The root stands in for a Pi's file system; no
 * systemd runs there, so units are enabled by symlinks and nothing is started. Java and
 * systemd are not installed in it, hence {@code --force-depends}.
 */
class DebianPackageIT {

	private static final String UNITS = "/usr/lib/systemd/system/";

	private static final String NEW_DEFAULT = "# the next release's default\n";

	private static Path deb;

	private static String dpkg;

	@BeforeAll
	static void findThePackage() throws IOException {
		DebianCommands.require("dpkg-deb", "dpkg");
		dpkg = DebianCommands.require("dpkg", "dpkg").toString();
		DebianCommands.require("systemd-sysusers", "systemd");
		DebianCommands.require("deb-systemd-helper", "init-system-helpers");
		Path dir = Path.of(System.getProperty("cloakroom.deb.dir", "target"));
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> debs = files.filter((file) -> file.getFileName().toString().matches("cloakroom_.*_all\\.deb"))
				.toList();
			assertThat(debs).as("one package built in %s", dir).hasSize(1);
			deb = debs.get(0);
		}
	}

	@Test
	void isForEveryArchitectureAndNeedsJava17AndSystemd() throws Exception {
		Map<String, String> fields = fields("Package", "Version", "Architecture", "Depends", "Recommends", "Maintainer",
				"Section", "Priority", "Description");
		assertThat(fields).containsEntry("Package", "cloakroom")
			.containsEntry("Architecture", "all")
			.containsEntry("Depends", "default-jre-headless (>= 2:1.17) | java17-runtime-headless, systemd")
			.containsEntry("Recommends", "bluez, cage, chromium | chromium-browser, pcscd, libccid")
			.containsEntry("Section", "misc")
			.containsEntry("Priority", "optional");
		String mavenVersion = System.getProperty("cloakroom.version", "0.1.0-SNAPSHOT");
		assertThat(fields.get("Version")).isEqualTo(mavenVersion.replace("-SNAPSHOT", "~SNAPSHOT"));
		// a SNAPSHOT sorts before its release, as Debian's ~ says
		Command.of(dpkg, "--compare-versions", fields.get("Version"), "lt", mavenVersion.replace("-SNAPSHOT", ""))
			.succeeds();
		assertThat(fields.get("Maintainer")).matches(".+ <.+@.+>");
		assertThat(fields.get("Description")).startsWith("phone-storage compliance kiosk");
		String changelog = Command.of("sh", "-c",
				"dpkg-deb --fsys-tarfile \"$0\" | tar -xOf - ./usr/share/doc/cloakroom/changelog.gz | gzip -dc", deb)
			.succeeds();
		assertThat(changelog).as("the changelog names the package's version")
			.startsWith("cloakroom (" + fields.get("Version") + ") ");
	}

	@Test
	void carriesTheInstalledLayoutWithTheModesInstallShGaveIt() throws Exception {
		Map<String, String> contents = contents();
		assertThat(contents).containsEntry("/usr/share/cloakroom/app/cloakroom-kiosk.jar", "-rw-r--r-- root/root")
			.containsEntry("/usr/share/cloakroom/firmware-config/lockers/bench-12.yaml", "-rw-r--r-- root/root")
			.containsEntry("/usr/share/doc/cloakroom/README.md", "-rw-r--r-- root/root")
			.containsEntry("/usr/share/doc/cloakroom/copyright", "-rw-r--r-- root/root")
			.containsEntry("/usr/share/doc/cloakroom/changelog.gz", "-rw-r--r-- root/root")
			.containsEntry("/usr/bin/cloakroom", "-rwxr-xr-x root/root")
			.containsEntry("/usr/sbin/cloakroom-restore", "-rwxr-xr-x root/root")
			.containsEntry("/usr/lib/cloakroom/cloakroom-setup", "-rwxr-xr-x root/root")
			.containsEntry("/usr/lib/cloakroom/cloakroom-cds", "-rwxr-xr-x root/root")
			.containsEntry("/usr/lib/cloakroom/cloakroom-screen", "-rwxr-xr-x root/root")
			.containsEntry(UNITS + "cloakroom.service", "-rw-r--r-- root/root")
			.containsEntry(UNITS + "cloakroom-screen.service", "-rw-r--r-- root/root")
			.containsEntry("/usr/lib/sysusers.d/cloakroom.conf", "-rw-r--r-- root/root")
			.containsEntry("/usr/share/polkit-1/rules.d/50-cloakroom-pcscd.rules", "-rw-r--r-- root/root")
			.containsEntry("/etc/cloakroom/application.yml", "-rw-r--r-- root/root")
			.containsEntry("/etc/cloakroom/lockers.yaml", "-rw-r--r-- root/root")
			.containsEntry("/usr/share/cloakroom/app/lib/", "drwxr-xr-x root/root")
			.doesNotContainKey("/etc/cloakroom/cloakroom.env");
		assertThat(contents.keySet()).as("the kiosk's libraries")
			.anyMatch((path) -> path.matches("/usr/share/cloakroom/app/lib/spring-boot-.*\\.jar"));
		assertThat(contents.keySet()).as("nothing of the kiosk's data: the maintainer scripts make it")
			.noneMatch((path) -> path.startsWith("/var/"));
		// the tree install.sh staged is the package: the same paths with the same modes
		assertThat(contents).isEqualTo(stagedTree());
	}

	@Test
	void opensThePcscPackageToTheKioskThroughItsJarsManifest() throws Exception {
		Path staged = Path.of(System.getProperty("cloakroom.deb.root", "target/deb-root"));
		try (JarFile jar = new JarFile(staged.resolve("usr/share/cloakroom/app/cloakroom-kiosk.jar").toFile())) {
			// java -jar honours it: the unit, cloakroom-cds and the field tools need no
			// option of their own
			assertThat(jar.getManifest().getMainAttributes().getValue("Add-Opens"))
				.isEqualTo("java.smartcardio/sun.security.smartcardio");
		}
	}

	@Test
	void declaresItsConfigurationAsConffilesAndCarriesItsMaintainerScripts(@TempDir Path control) throws Exception {
		Command.of("dpkg-deb", "--control", deb, control).succeeds();
		assertThat(Files.readAllLines(control.resolve("conffiles"))).containsExactly("/etc/cloakroom/application.yml",
				"/etc/cloakroom/lockers.yaml");
		for (String script : List.of("postinst", "prerm", "postrm")) {
			assertThat(control.resolve(script)).isExecutable();
		}
		assertThat(control.resolve("copyright")).as("copyright belongs in /usr/share/doc").doesNotExist();
	}

	@Test
	void installsIntoARootKeepsAnEditedConffileLeavesDataOnRemoveAndDeletesItOnPurge(@TempDir Path root,
			@TempDir Path upgrade) throws Exception {
		// gpio, dialout and video exist here; i2c, bluetooth, render and input do not
		Tree tree = Tree.debianRoot(root, "gpio:997", "dialout:20", "video:44");

		dpkg(root, "--install", deb);
		assertThat(status(root)).isEqualTo("install ok installed");
		String[] kiosk = tree.user("cloakroom").orElseGet(() -> fail("no user cloakroom"));
		String[] screen = tree.user("cloakroom-screen").orElseGet(() -> fail("no user cloakroom-screen"));
		assertThat(Integer.parseInt(kiosk[2])).as("a system user").isBetween(100, 999);
		assertThat(kiosk[6]).isEqualTo("/usr/sbin/nologin");
		assertThat(Integer.parseInt(screen[2])).isBetween(100, 999);
		assertThat(tree.members("gpio")).isEqualTo("cloakroom");
		assertThat(tree.members("dialout")).isEqualTo("cloakroom");
		assertThat(tree.members("video")).isEqualTo("cloakroom-screen");
		for (String absent : List.of("i2c", "bluetooth", "render", "input")) {
			assertThat(tree.members(absent)).as("group %s made though the system has none", absent).isNull();
		}
		int uid = Integer.parseInt(kiosk[2]);
		for (String directory : List.of("/var/lib/cloakroom", "/var/lib/cloakroom/data", "/var/lib/cloakroom/secrets",
				"/var/lib/cloakroom/backups", "/var/log/cloakroom/checkpoints", "/var/cache/cloakroom")) {
			assertThat(tree.uid(directory)).as("owner of %s", directory).isEqualTo(uid);
		}
		assertThat(tree.mode("/var/lib/cloakroom/secrets")).isEqualTo(0700);
		String key = identityKey(tree);
		assertThat(Base64.getDecoder().decode(key)).hasSize(32);
		assertThat(Files.readSymbolicLink(tree.path("/etc/systemd/system/multi-user.target.wants/cloakroom.service")))
			.isEqualTo(Path.of(UNITS + "cloakroom.service"));
		assertThat(enabledLinks(tree, "cloakroom-screen.service"))
			.containsExactly(Path.of(UNITS + "cloakroom-screen.service"));

		// an installer's edits survive the package installed again; the key is never
		// remade
		Files.writeString(tree.path("/etc/cloakroom/lockers.yaml"), "# this door's wiring\n",
				java.nio.file.StandardOpenOption.APPEND);
		String editedWiring = Files.readString(tree.path("/etc/cloakroom/lockers.yaml"));
		dpkg(root, "--install", deb);
		assertThat(tree.path("/etc/cloakroom/lockers.yaml")).hasContent(editedWiring);
		assertThat(identityKey(tree)).isEqualTo(key);

		// an upgrade whose defaults changed: the edited conffile is kept (its new default
		// beside it), the unedited one follows the package
		dpkg(root, "--force-confold", "--install", upgraded(upgrade));
		assertThat(status(root)).isEqualTo("install ok installed");
		assertThat(tree.path("/etc/cloakroom/lockers.yaml")).hasContent(editedWiring);
		assertThat(tree.path("/etc/cloakroom/lockers.yaml.dpkg-dist")).content().endsWith(NEW_DEFAULT);
		assertThat(tree.path("/etc/cloakroom/application.yml")).content().endsWith(NEW_DEFAULT);
		assertThat(identityKey(tree)).isEqualTo(key);

		// remove: the program goes, configuration, secrets and data stay
		Files.writeString(tree.path("/var/lib/cloakroom/data/cloakroom.mv.db"), "stands in for the database");
		dpkg(root, "--remove", "cloakroom");
		assertThat(status(root)).isEqualTo("deinstall ok config-files");
		assertThat(tree.path("/usr/share/cloakroom")).doesNotExist();
		assertThat(tree.path("/usr/bin/cloakroom")).doesNotExist();
		assertThat(tree.path("/var/lib/cloakroom/data/cloakroom.mv.db")).exists();
		assertThat(tree.path("/etc/cloakroom/lockers.yaml")).hasContent(editedWiring);
		assertThat(identityKey(tree)).isEqualTo(key);

		// purge: nothing of the package is left but its users (see cloakroom-setup)
		dpkg(root, "--purge", "cloakroom");
		assertThat(Command.of("dpkg-query", "--admindir=" + root.resolve("var/lib/dpkg"), "--show", "cloakroom")
			.run()
			.exitCode()).as("dpkg forgot the package").isNotZero();
		try (Stream<Path> paths = Files.walk(root)) {
			assertThat(paths.map((path) -> "/" + root.relativize(path)))
				.noneMatch((path) -> path.contains("cloakroom"));
		}
		assertThat(tree.user("cloakroom")).isPresent();
	}

	/**
	 * The package again with a later version whose two configuration files end with
	 * {@link #NEW_DEFAULT}, standing in for the next release.
	 */
	private static Path upgraded(Path work) throws Exception {
		Path tree = work.resolve("tree");
		Command.of("dpkg-deb", "--raw-extract", deb, tree).succeeds();
		Path control = tree.resolve("DEBIAN/control");
		Files.writeString(control, Files.readString(control).replaceFirst("(?m)^(Version: .*)$", "$1+next"));
		Files.delete(tree.resolve("DEBIAN/md5sums")); // optional; it would name the old
														// contents
		for (String file : List.of("etc/cloakroom/lockers.yaml", "etc/cloakroom/application.yml")) {
			Files.writeString(tree.resolve(file), NEW_DEFAULT, java.nio.file.StandardOpenOption.APPEND);
		}
		Path next = work.resolve("cloakroom_next_all.deb");
		Command.of("dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", tree, next).succeeds();
		return next;
	}

	private static String identityKey(Tree tree) throws IOException {
		Path env = tree.path("/etc/cloakroom/cloakroom.env");
		assertThat(tree.mode("/etc/cloakroom/cloakroom.env")).as("mode of cloakroom.env").isEqualTo(0600);
		Matcher key = Pattern.compile("(?m)^CLOAKROOM_ENROLMENT_IDENTITY_KEY=(\\S+)$").matcher(Files.readString(env));
		assertThat(key.find()).as("the identity key in %s", env).isTrue();
		return key.group(1);
	}

	private static List<Path> enabledLinks(Tree tree, String unit) throws IOException {
		try (Stream<Path> paths = Files.walk(tree.path("/etc/systemd/system"))) {
			return paths.filter((path) -> path.getParent().getFileName().toString().endsWith(".wants"))
				.filter((path) -> path.getFileName().toString().equals(unit))
				.filter(Files::isSymbolicLink)
				.map((link) -> {
					try {
						return Files.readSymbolicLink(link);
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				})
				.toList();
		}
	}

	private static void dpkg(Path root, Object... arguments) throws Exception {
		Object[] words = Stream
			.concat(Stream.of(dpkg, "--root=" + root, "--force-script-chrootless", "--force-depends"),
					Stream.of(arguments))
			.toArray();
		Command.of(words).succeeds();
	}

	private static String status(Path root) throws Exception {
		return Command
			.of("dpkg-query", "--admindir=" + root.resolve("var/lib/dpkg"), "--show", "--showformat=${Status}",
					"cloakroom")
			.succeeds();
	}

	private static Map<String, String> fields(String... names) throws Exception {
		Map<String, String> fields = new TreeMap<>();
		for (String name : names) {
			fields.put(name, Command.of("dpkg-deb", "--field", deb, name).succeeds().strip());
		}
		return fields;
	}

	/**
	 * Each path in the package ("/usr/bin/cloakroom", directories ending in /) to its
	 * mode and owner.
	 */
	private static Map<String, String> contents() throws Exception {
		Map<String, String> contents = new TreeMap<>();
		for (String line : Command.of("dpkg-deb", "--contents", deb).succeeds().split("\n")) {
			String[] columns = line.split("\\s+");
			String path = columns[5].substring(1);
			if (!path.equals("/")) {
				contents.put(path, columns[0] + " " + columns[1]);
			}
		}
		return contents;
	}

	/** The tree install.sh --files-only staged for jdeb, in dpkg-deb's notation. */
	private static Map<String, String> stagedTree() throws IOException {
		Path staged = Path.of(System.getProperty("cloakroom.deb.root", "target/deb-root"));
		Map<String, String> tree = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(staged)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (!path.equals(staged)) {
					boolean directory = Files.isDirectory(path);
					String name = "/" + staged.relativize(path) + (directory ? "/" : "");
					tree.put(name, (directory ? "d" : "-")
							+ java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
							+ " root/root");
				}
			}
		}
		return tree;
	}

}
