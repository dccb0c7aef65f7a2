package org.cloakroom.kiosk.siem;

import java.util.concurrent.TimeUnit;

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

/**
 * Whether forwarding slows appends: one operation is one audit event appended in its own
 * transaction (the chain head locked, the entry written, the commit on disk), with
 * forwarding {@code off}, {@code on} to a local rsyslogd over TCP, or on to a SIEM that is
 * {@code down} (rsyslogd stopped). At the end of a trial it prints how far behind the
 * forwarder was.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="SiemAppendBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class SiemAppendBenchmark {

	@Param({ "off", "on", "down" })
	public String forwarding;

	private RsyslogDaemon rsyslog;

	private BenchProgram program;

	private int number;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.rsyslog = RsyslogDaemon.start();
		this.program = new BenchProgram(this.rsyslog, !this.forwarding.equals("off"), "json");
		if (this.forwarding.equals("down")) {
			this.rsyslog.stop();
		}
	}

	@Benchmark
	public void append() {
		this.program.append(this.number++);
	}

	@TearDown(Level.Trial)
	public void stop() {
		if (!this.forwarding.equals("off")) {
			SiemStatus status = this.program.bean(SiemForwarder.class).status();
			System.out.printf("%nforwarding %s: head %d, cursor %d, backlog %d, wake-ups waiting %d%n",
					this.forwarding, this.program.head(), status.cursor(), this.program.head() - status.cursor(),
					this.program.bean(SiemSender.class).waitingWakeUps());
		}
		this.program.close();
		this.rsyslog.close();
	}

}
