package org.cloakroom.kiosk.badge.pcsc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A card on the stand-in reader: {@code badge_card.py} (a test resource, on
 * python3-virtualsmartcard's framework) run by Debian's python3, put on the reader and
 * taken off on command. {@link #close()} ends the process it started.
 */
final class VirtualBadge implements AutoCloseable {

	private static final String PYTHON = "/usr/bin/python3";

	private static final String SCRIPT = "/pcsc/badge_card.py";

	private final Process process;

	private final Writer commands;

	private final BufferedReader answers;

	private VirtualBadge(Process process) {
		this.process = process;
		this.commands = process.outputWriter(StandardCharsets.UTF_8);
		this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/** A card with this UID that is not a PIV card. */
	static VirtualBadge uid(PcscdStandIn pcscd, String uid) throws IOException {
		return start(pcscd, pcscd.port(), List.of("--uid", uid));
	}

	/** A PIV card with this card-authentication certificate (DER). */
	static VirtualBadge piv(PcscdStandIn pcscd, String uid, byte[] certificate) throws IOException {
		Path file = Files.createTempFile(pcscd.directory(), "card-authentication", ".der");
		Files.write(file, certificate);
		return start(pcscd, pcscd.port(), List.of("--uid", uid, "--certificate", file.toString()));
	}

	/**
	 * A PIV card whose certificate is gzip-compressed (CertInfo 01), as some cards keep
	 * it.
	 */
	static VirtualBadge pivCompressed(PcscdStandIn pcscd, String uid, byte[] certificate) throws IOException {
		Path file = Files.createTempFile(pcscd.directory(), "card-authentication", ".der");
		Files.write(file, certificate);
		return start(pcscd, pcscd.port(), List.of("--uid", uid, "--certificate", file.toString(), "--compressed"));
	}

	/** A card with this UID on vpcd's second reader, {@code Virtual PCD 00 01}. */
	static VirtualBadge uidOnSecondReader(PcscdStandIn pcscd, String uid) throws IOException {
		return start(pcscd, pcscd.port() + 1, List.of("--uid", uid));
	}

	/** A card that answers every command with 6A81. */
	static VirtualBadge refusing(PcscdStandIn pcscd) throws IOException {
		return start(pcscd, pcscd.port(), List.of("--uid", "01020304", "--refusing"));
	}

	/** Puts the card on the reader. @return when it landed, by the card's clock */
	Instant insert() throws IOException {
		String answer = command("insert");
		if (!answer.startsWith("inserted ")) {
			throw new IllegalStateException("the virtual card answered '" + answer + "' to insert");
		}
		long nanos = Long.parseLong(answer.substring("inserted ".length()));
		return Instant.ofEpochSecond(0, nanos);
	}

	void remove() throws IOException {
		String answer = command("remove");
		if (!answer.equals("removed")) {
			throw new IllegalStateException("the virtual card answered '" + answer + "' to remove");
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private String command(String command) throws IOException {
		this.commands.write(command + "\n");
		this.commands.flush();
		String answer = this.answers.readLine();
		if (answer == null) {
			throw new IllegalStateException("the virtual card ended: "
					+ new String(this.process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		return answer;
	}

	private static VirtualBadge start(PcscdStandIn pcscd, int port, List<String> arguments) throws IOException {
		Path script = pcscd.directory().resolve("badge_card.py");
		if (!Files.exists(script)) {
			try (InputStream source = VirtualBadge.class.getResourceAsStream(SCRIPT)) {
				if (source == null) {
					throw new IllegalStateException(SCRIPT + " is missing from the test resources");
				}
				Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
			}
			requireVirtualSmartcard(script);
		}
		List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), "--port", Integer.toString(port)));
		command.addAll(arguments);
		return new VirtualBadge(new ProcessBuilder(command).start());
	}

	private static void requireVirtualSmartcard(Path script) throws IOException {
		try {
			Process check = new ProcessBuilder(PYTHON, script.toString(), "--check").redirectErrorStream(true).start();
			if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
				throw new AssertionError(PYTHON + " cannot import virtualsmartcard: install the Debian package "
						+ "'python3-virtualsmartcard' (apt-get install python3-virtualsmartcard)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while looking for python3-virtualsmartcard", ex);
		}
	}

}
