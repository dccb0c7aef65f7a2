package org.cloakroom.kiosk.siem;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.RetryBackoff;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast a backlog reaches the SIEM: one operation is a forwarder with its cursor at 0
 * sending a log of {@value #ENTRIES} entries (read from H2 in batches of 100, formatted,
 * framed, written over TCP to a local rsyslogd that writes each to a file, the cursor
 * saved after each batch), as after an outage. Events per second = {@value #ENTRIES} /
 * the time per operation.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="SiemDrainBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SiemDrainBenchmark {

	static final int ENTRIES = 20_000;

	@Param({ "json", "cef" })
	public String format;

	private RsyslogDaemon rsyslog;

	private BenchProgram program;

	private SiemCursorTable cursor;

	private SiemForwarder forwarder;

	@Setup(Level.Trial)
	public void logOfTwentyThousandEntries() throws Exception {
		this.rsyslog = RsyslogDaemon.start();
		this.program = new BenchProgram(this.rsyslog, false, this.format);
		while (this.program.head() < ENTRIES) {
			this.program.append((int) this.program.head());
		}
		this.cursor = new SiemCursorTable(this.program.bean(JdbcClient.class));
	}

	@Setup(Level.Invocation)
	public void cursorAtTheStart() {
		this.cursor.save(0, Clock.systemUTC().instant());
		if (this.forwarder != null) {
			this.forwarder.close();
		}
		this.forwarder = new SiemForwarder(this.program.auditLog(), this.cursor,
				new StreamConnector("127.0.0.1", this.rsyslog.tcpPort(), 5000, null),
				new SyslogMessages(13, "siem-bench", "cloakroom",
						EntryBody.of(SiemProperties.Format.valueOf(this.format.toUpperCase()), "siem-bench")),
				Clock.systemUTC(), 100, new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)),
				Duration.ofSeconds(30));
	}

	@Benchmark
	public long forwardTheWholeLog() {
		this.forwarder.forward();
		long sent = this.forwarder.status().cursor();
		if (sent < ENTRIES) {
			throw new IllegalStateException("sent only up to " + sent + ": " + this.forwarder.status().lastError());
		}
		return sent;
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.forwarder.close();
		this.program.close();
		this.rsyslog.close();
	}

}
