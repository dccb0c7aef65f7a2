package org.cloakroom.kiosk.systemd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification socket against a real AF_UNIX datagram socket bound by the test, which
 * stands in for systemd ({@link SystemdStandIn}).
 */
@ExtendWith(OutputCaptureExtension.class)
class NotifySocketTest {

	@TempDir
	Path directory;

	@Test
	void reachesSystemdInTheAbstractNamespace() throws IOException {
		try (SystemdStandIn systemd = SystemdStandIn.abstractNamed();
				NotifySocket socket = NotifySocket.open(systemd.notifySocket())) {
			assertThat(systemd.notifySocket()).startsWith("@");
			assertThat(socket.send("READY=1\nSTATUS=ready; health UP")).isTrue();
			assertThat(systemd.receive(Duration.ofSeconds(5))).isEqualTo("READY=1\nSTATUS=ready; health UP");
		}
	}

	@Test
	void reachesSystemdAtAPath() throws IOException {
		try (SystemdStandIn systemd = SystemdStandIn.atPath(this.directory);
				NotifySocket socket = NotifySocket.open(systemd.notifySocket())) {
			assertThat(socket.send("WATCHDOG=1")).isTrue();
			assertThat(systemd.receive(Duration.ofSeconds(5))).isEqualTo("WATCHDOG=1");
		}
	}

	@Test
	void logsAFailedSendOnceAndGoesOnUntilSystemdListensAgain(CapturedOutput output) throws IOException {
		Path missing = this.directory.resolve("notify");
		try (NotifySocket socket = NotifySocket.open(missing.toString())) {
			assertThat(socket.send("WATCHDOG=1")).isFalse();
			assertThat(socket.send("WATCHDOG=1")).isFalse();
			assertThat(output.getOut().split("Could not tell systemd", -1)).as("warnings").hasSize(2);
			assertThat(output.getOut()).contains("Could not tell systemd 'WATCHDOG=1' through " + missing);

			try (SystemdStandIn systemd = SystemdStandIn.atPath(this.directory)) {
				assertThat(socket.send("WATCHDOG=1")).isTrue();
				assertThat(systemd.receive(Duration.ofSeconds(5))).isEqualTo("WATCHDOG=1");
			}
			assertThat(output.getOut()).contains("takes messages again");
		}
	}

}
