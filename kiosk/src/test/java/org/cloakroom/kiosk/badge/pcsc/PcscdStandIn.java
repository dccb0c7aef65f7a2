package org.cloakroom.kiosk.badge.pcsc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * Debian's pcscd with vpcd (vsmartcard-vpcd), the virtual reader driver, standing in for
 * pcscd with a USB contactless reader on the Pi. pcscd 1.9.9 ignores PCSCLITE_CSOCK_NAME
 * (only the client library reads it) and always uses /run/pcscd, so it runs in a mount
 * namespace of its own where a temporary directory is bound over /run: the system's
 * pcscd, if any, is never touched, and the socket is {@link #socket()} outside. vpcd
 * listens for virtual cards on {@link #port()} (reader {@value #READER}) and the next
 * port (its second slot), both free when chosen. Fails, never skips, naming the Debian
 * package that is missing. {@link #close()} ends the pcscd it started, by its process.
 */
public final class PcscdStandIn implements AutoCloseable {

	static final String READER = "Virtual PCD 00 00";

	private static final Path PCSCD = Path.of("/usr/sbin/pcscd");

	private static final Path VPCD = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");

	private static final Path UNSHARE = Path.of("/usr/bin/unshare");

	private static final String READER_CONF = """
			FRIENDLYNAME "Virtual PCD"
			DEVICENAME   /dev/null:%1$d
			LIBPATH      %2$s
			CHANNELID    %1$d
			""";

	private final Path directory;

	private final int port;

	private Process daemon;

	private PcscdStandIn(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	public static PcscdStandIn start() throws IOException {
		require(PCSCD, "pcscd");
		require(VPCD, "vsmartcard-vpcd");
		require(UNSHARE, "util-linux");
		Path directory = Files.createTempDirectory("pcscd-stand-in");
		int port = freePortPair();
		Files.createDirectories(directory.resolve("reader.conf.d"));
		Files.createDirectories(directory.resolve("run"));
		Files.writeString(directory.resolve("reader.conf.d/vpcd"), READER_CONF.formatted(port, VPCD));
		PcscdStandIn standIn = new PcscdStandIn(directory, port);
		standIn.startDaemon();
		return standIn;
	}

	/** The socket pcscd listens on: what PCSCLITE_CSOCK_NAME must say to a client. */
	public Path socket() {
		return this.directory.resolve("run/pcscd/pcscd.comm");
	}

	/** Where vpcd waits for a virtual card in reader {@value #READER}. */
	int port() {
		return this.port;
	}

	Path directory() {
		return this.directory;
	}

	/** Starts pcscd, after {@link #stopDaemon()}, and waits for its socket. */
	void startDaemon() throws IOException {
		List<String> command = new ArrayList<>(List.of(UNSHARE.toString(), "--mount"));
		if (!"root".equals(System.getProperty("user.name"))) {
			command.add("--map-root-user");
		}
		command.addAll(List.of("sh", "-c", "mount --bind \"$1\" /run && exec \"$2\" --foreground --config \"$3\"", "sh",
				this.directory.resolve("run").toString(), PCSCD.toString(),
				this.directory.resolve("reader.conf.d").toString()));
		this.daemon = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("pcscd.log").toFile()))
			.start();
		Process started = this.daemon;
		await("pcscd's socket " + socket() + " (log: " + this.directory.resolve("pcscd.log") + ")")
			.atMost(Duration.ofSeconds(20))
			.until(() -> {
				if (!started.isAlive()) {
					throw new IllegalStateException("pcscd ended with status " + started.exitValue() + ": "
							+ Files.readString(this.directory.resolve("pcscd.log")));
				}
				return Files.exists(socket());
			});
	}

	/** Ends pcscd (SIGTERM, then SIGKILL) and waits until it is gone. */
	public void stopDaemon() throws InterruptedException {
		if (this.daemon != null) {
			this.daemon.destroy();
			if (!this.daemon.waitFor(10, TimeUnit.SECONDS)) {
				this.daemon.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			this.daemon = null;
		}
	}

	@Override
	public void close() throws Exception {
		stopDaemon();
		FileSystemUtils.deleteRecursively(this.directory);
	}

	private static void require(Path program, String debianPackage) {
		if (!Files.exists(program)) {
			throw new AssertionError(program + " is missing: install the Debian package '" + debianPackage
					+ "' (apt-get install " + debianPackage + ")");
		}
	}

	/** A port whose next port is free too: vpcd opens both, one for each of its slots. */
	private static int freePortPair() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket first = new ServerSocket(0)) {
				int port = first.getLocalPort();
				if (port < 65535 && isFree(port + 1)) {
					return port;
				}
			}
		}
		throw new IllegalStateException("no two free ports next to each other for vpcd");
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
