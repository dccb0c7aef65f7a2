package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.locker.cli.InstalledWiring;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/**
 * The wiring file's badge readers as the kiosk will open them: a keyboard wedge's input
 * device readable by the service's user; for PC/SC readers libpcsclite and pcscd
 * answering on its socket; a Wiegand reader's lines read through gpiod on a usable GPIO
 * chip (the wiring check has already put them on the header, each once).
 *
 * @param runDir /run, where pcscd has its socket
 * @param pcscLibraryMissing why the kiosk would find no libpcsclite (empty: it would)
 * @param gpioProvider {@code cloakroom.locker.gpio-provider}, which reads a Wiegand
 * reader's lines
 */
record BadgeReaderCheck(List<BadgeReaderWiring> readers, Path dev, Path runDir, DeviceAccess access,
		Optional<String> pcscLibraryMissing, String gpioProvider) implements Check {

	static final String NAME = "readers";

	/** Where pcscd listens, under /run (libpcsclite's default). */
	static final String PCSCD_SOCKET = "pcscd/pcscd.comm";

	private static final String BADGE_RULE = "firmware-config/udev/99-cloakroom-badge.rules";

	@Override
	public List<Finding> run() {
		if (this.readers.isEmpty()) {
			return List.of(Finding.ok(NAME, "not used: the wiring has no badge reader"));
		}
		List<Finding> findings = new ArrayList<>();
		List<String> pcsc = new ArrayList<>();
		for (BadgeReaderWiring reader : this.readers) {
			if (reader.type() == BadgeReaderType.KEYBOARD_WEDGE) {
				findings.add(wedge(reader));
			}
			else if (reader.type() == BadgeReaderType.WIEGAND) {
				findings.add(wiegand(reader));
			}
			else {
				pcsc.add(reader.name());
			}
		}
		if (!pcsc.isEmpty()) {
			findings.add(pcsc(String.join(", ", pcsc)));
		}
		return findings;
	}

	private Finding wedge(BadgeReaderWiring reader) {
		Path device = DeviceFiles.locate(this.dev, reader.device());
		String user = this.access.user();
		String said = "reader " + reader.name() + ": ";
		if (!Files.exists(device)) {
			return Finding.fail(NAME, said + device + " is missing", "plug the reader in and install " + BADGE_RULE
					+ " with its USB ids (lsusb), then: ls -l " + "/dev/cloakroom/");
		}
		if (!DeviceFiles.isCharacterDevice(device)) {
			return Finding.fail(NAME, said + device + " is not a character device",
					"set its device: to the reader's input device (/dev/cloakroom/badge-reader-0 from " + BADGE_RULE
							+ ")");
		}
		if (!this.access.canRead(device)) {
			return Finding.fail(NAME, said + "permission denied on " + device + " for user " + user,
					"install " + BADGE_RULE + " (group cloakroom, mode 0660) with the reader's USB ids, sudo usermod "
							+ "-aG cloakroom " + user + ", then: sudo udevadm trigger --subsystem-match=input "
							+ "&& sudo systemctl restart cloakroom");
		}
		return Finding.ok(NAME, said + device + " readable by user " + user);
	}

	private Finding wiegand(BadgeReaderWiring reader) {
		String lines = "reader " + reader.name() + ": Wiegand d0 BCM " + reader.d0() + " and d1 BCM " + reader.d1();
		if (!"gpiod".equalsIgnoreCase(this.gpioProvider)) {
			return Finding.fail(NAME,
					lines + " are not read: cloakroom.locker.gpio-provider is " + this.gpioProvider + ", not gpiod",
					"set cloakroom.locker.gpio-provider: gpiod in /etc/cloakroom/application.yml");
		}
		InstalledWiring.Chips chips = InstalledWiring.chips(this.dev, this.access.user(), this.access);
		if (chips.names().isEmpty() || chips.problem().isPresent()) {
			return Finding.fail(NAME, lines + " cannot be read: no usable GPIO chip", "fix the gpio finding above");
		}
		return Finding.ok(NAME, lines + " on the header, read through gpiod on " + String.join(", ", chips.names()));
	}

	private Finding pcsc(String names) {
		String readers = " (PC/SC reader " + names + ")";
		if (this.pcscLibraryMissing.isPresent()) {
			String problem = this.pcscLibraryMissing.get();
			int colon = problem.indexOf(": ");
			return Finding.fail(NAME, problem.substring(0, colon) + readers, problem.substring(colon + 2));
		}
		Path socket = this.runDir.resolve(PCSCD_SOCKET);
		if (!Files.exists(socket)) {
			return Finding.fail(NAME, socket + " is missing: pcscd is not running" + readers,
					"sudo apt-get install pcscd, then: sudo systemctl enable --now pcscd.socket");
		}
		try (SocketChannel pcscd = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
			return Finding.ok(NAME, "pcscd answers on " + socket + readers);
		}
		catch (IOException ex) {
			return Finding.fail(NAME, "pcscd does not answer on " + socket + " (" + ex.getMessage() + ")" + readers,
					"sudo systemctl restart pcscd.socket pcscd; see: systemctl status pcscd");
		}
	}

}
