package org.cloakroom.kiosk.siem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.cloakroom.kiosk.TrustedCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The {@code tls} transport against a real TLS receiver: the JDK's own TLS server with a
 * certificate made by the JDK's keytool for {@code localhost}, reading octet-counted
 * frames as RFC 5425 sends them. (The rsyslog of the tests takes plain TCP and UDP: its
 * TLS driver is a further Debian package.)
 */
class TlsForwardingIT {

	private static final String PASSWORD = "test-only";

	@TempDir
	static Path keys;

	private SSLServerSocket server;

	private volatile SSLSocket accepted;

	@BeforeAll
	static void certificates() throws Exception {
		keytool("-genkeypair", "-alias", "siem", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "SAN=dns:localhost", "-validity", "2", "-keystore", "siem.p12", "-storetype", "PKCS12",
				"-storepass", PASSWORD);
		keytool("-exportcert", "-rfc", "-alias", "siem", "-keystore", "siem.p12", "-storepass", PASSWORD, "-file",
				"siem.pem");
		keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "SAN=dns:localhost", "-validity", "2", "-keystore", "other.p12", "-storetype", "PKCS12",
				"-storepass", PASSWORD);
		keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", "other.p12", "-storepass", PASSWORD, "-file",
				"other.pem");
	}

	@AfterEach
	void closeServer() throws IOException {
		if (this.accepted != null) {
			this.accepted.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void sendsOctetCountedMessagesOverTlsToAReceiverWhoseCertificateChainsToTheTrustedOne() throws Exception {
		BlockingQueue<String> received = listen();
		StreamConnector connector = connector("localhost", "siem.pem");

		try (SyslogConnection connection = connector.open()) {
			connection.send(List.of(bytes("<110>1 - - - - - first"), bytes("<110>1 - - - - - Zoë")));

			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("22 <110>1 - - - - - first");
			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("21 <110>1 - - - - - Zoë");
		}
		assertThat(connector.target()).isEqualTo("tls://localhost:" + this.server.getLocalPort());
	}

	@Test
	void seesThatTheReceiverStillHoldsTheConnectionAndWhenItHasClosedIt() throws Exception {
		listen();
		try (SyslogConnection connection = connector("localhost", "siem.pem").open()) {
			await().atMost(Duration.ofSeconds(10)).until(() -> this.accepted != null);

			assertThat(connection.stillOpen()).isTrue();
			assertThat(connection.stillOpen()).as("asking again, after a read that timed out").isTrue();
			connection.send(List.of(bytes("<110>1 - - - - - still usable")));

			this.accepted.close();
			await().atMost(Duration.ofSeconds(10)).until(() -> !connection.stillOpen());
		}
	}

	@Test
	void refusesAReceiverWhoseCertificateIsNotTrusted() throws Exception {
		listen();

		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> connector("localhost", "other.pem").open());
	}

	@Test
	void refusesAReceiverWhoseCertificateNamesAnotherHost() throws Exception {
		listen();

		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> connector("127.0.0.1", "siem.pem").open())
			.withMessageContaining("127.0.0.1");
	}

	@Test
	void namesTheTrustFileThatHoldsNoCertificate() throws Exception {
		Path empty = Files.writeString(keys.resolve("empty.pem"), "");

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> TrustedCertificates.sslContext(empty, "cloakroom.siem.trust-certificates"))
			.withMessageContaining("cloakroom.siem.trust-certificates")
			.withMessageContaining(empty.toString());
	}

	private StreamConnector connector(String host, String trusted) {
		return new StreamConnector(host, this.server.getLocalPort(), 5000,
				TrustedCertificates.sslContext(keys.resolve(trusted), "cloakroom.siem.trust-certificates"));
	}

	/** Accepts one connection and hands over each frame it reads. */
	private BlockingQueue<String> listen() throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keys.resolve("siem.p12"))) {
			store.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(store, PASSWORD.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		this.server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0);
		BlockingQueue<String> frames = new LinkedBlockingQueue<>();
		Thread receiver = new Thread(() -> {
			try {
				this.accepted = (SSLSocket) this.server.accept();
				InputStream in = this.accepted.getInputStream();
				for (String frame = readFrame(in); frame != null; frame = readFrame(in)) {
					frames.add(frame);
				}
			}
			catch (IOException closed) {
				// the test closed the server or the client went
			}
		}, "tls-receiver");
		receiver.setDaemon(true);
		receiver.start();
		return frames;
	}

	/** One octet-counted frame, as text: its length, a space, the message. */
	private static String readFrame(InputStream in) throws IOException {
		StringBuilder length = new StringBuilder();
		for (int c = in.read(); c != ' '; c = in.read()) {
			if (c == -1) {
				return null;
			}
			length.append((char) c);
		}
		byte[] message = in.readNBytes(Integer.parseInt(length.toString()));
		return length + " " + new String(message, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void keytool(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		Process keytool = new ProcessBuilder(command).directory(keys.toFile()).redirectErrorStream(true).start();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		keytool.getInputStream().transferTo(output);
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as("keytool %s: %s", arguments, output).isZero();
	}

}
