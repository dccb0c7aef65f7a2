package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * A real syslog receiver for tests: Debian's rsyslogd in the foreground with its own
 * configuration ({@code siem/rsyslog.conf}), work directory and loopback ports, writing
 * every message it receives to one file as it came. Started once per test run by
 * {@link RsyslogExtension}; stopped and started again by tests that take the SIEM down,
 * always on the same ports. Ended by the PID of the process it started, never by name.
 * Fails, never skips, when rsyslogd is missing.
 */
final class RsyslogDaemon implements AutoCloseable {

	static final Path RSYSLOGD = Path.of("/usr/sbin/rsyslogd");

	private static final Duration READY_WITHIN = Duration.ofSeconds(30);

	private final Path directory;

	private final int tcpPort;

	private final int udpPort;

	private Process process;

	private RsyslogDaemon(Path directory, int tcpPort, int udpPort) {
		this.directory = directory;
		this.tcpPort = tcpPort;
		this.udpPort = udpPort;
	}

	static RsyslogDaemon start() throws IOException {
		if (!Files.isExecutable(RSYSLOGD)) {
			throw new AssertionError(RSYSLOGD + " is missing: install the Debian package 'rsyslog' "
					+ "(apt-get install rsyslog; README, \"Run the tests\")");
		}
		Path directory = Files.createTempDirectory("rsyslog-siem");
		Files.createDirectories(directory.resolve("work"));
		RsyslogDaemon daemon = new RsyslogDaemon(directory, freeTcpPort(), freeUdpPort());
		daemon.writeConfiguration();
		daemon.startAgain();
		return daemon;
	}

	/** Starts rsyslogd (again, after {@link #stop()}) and waits until it takes TCP. */
	void startAgain() throws IOException {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException("rsyslogd is already running (pid " + this.process.pid() + ")");
		}
		Files.deleteIfExists(this.directory.resolve("rsyslogd.pid"));
		this.process = new ProcessBuilder(RSYSLOGD.toString(), "-n", "-f", config().toString(), "-i",
				this.directory.resolve("rsyslogd.pid").toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("rsyslogd.log").toFile()))
			.start();
		await("rsyslogd taking TCP on port " + this.tcpPort).atMost(READY_WITHIN).until(() -> {
			if (!this.process.isAlive()) {
				throw new AssertionError("rsyslogd exited with " + this.process.exitValue() + ": " + output());
			}
			return acceptsTcp();
		});
	}

	/**
	 * Stops rsyslogd as a service stop would (SIGTERM to its PID) and waits until it has
	 * exited.
	 */
	void stop() {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping rsyslogd", ex);
		}
	}

	boolean running() {
		return this.process != null && this.process.isAlive();
	}

	int tcpPort() {
		return this.tcpPort;
	}

	int udpPort() {
		return this.udpPort;
	}

	/**
	 * Every message received so far from the given RFC 5424 HOSTNAME, in the order
	 * received, as it came.
	 */
	List<String> messagesFrom(String hostname) {
		Path received = this.directory.resolve("received.log");
		if (!Files.exists(received)) {
			return List.of();
		}
		String hostField = " " + hostname + " ";
		try {
			return Files.readAllLines(received, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.indexOf(hostField) > 0 && line.indexOf(hostField) < 40)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		stop();
		FileSystemUtils.deleteRecursively(this.directory.toFile());
	}

	private void writeConfiguration() throws IOException {
		String template;
		try (InputStream in = RsyslogDaemon.class.getResourceAsStream("/siem/rsyslog.conf")) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Files.writeString(config(),
				template.replace("${work}", this.directory.resolve("work").toString())
					.replace("${received}", this.directory.resolve("received.log").toString())
					.replace("${tcpPort}", Integer.toString(this.tcpPort))
					.replace("${udpPort}", Integer.toString(this.udpPort)));
	}

	private Path config() {
		return this.directory.resolve("rsyslog.conf");
	}

	private boolean acceptsTcp() {
		try (Socket probe = new Socket()) {
			probe.connect(new InetSocketAddress("127.0.0.1", this.tcpPort), 1000);
			return true;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private String output() throws IOException {
		return Files.readString(this.directory.resolve("rsyslogd.log"));
	}

	private static int freeTcpPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static int freeUdpPort() throws IOException {
		try (DatagramSocket socket = new DatagramSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
