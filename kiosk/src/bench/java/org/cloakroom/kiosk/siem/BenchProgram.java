package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The whole program in the simulation over a fresh H2 file, for the SIEM benchmarks:
 * forwarding on (to the given rsyslog) or off.
 */
final class BenchProgram implements AutoCloseable {

	private final Path data;

	private final ConfigurableApplicationContext context;

	private final TransactionTemplate transactions;

	BenchProgram(RsyslogDaemon rsyslog, boolean forwarding, String format) throws IOException {
		this.data = Files.createTempDirectory("siem-bench");
		this.context = new SpringApplicationBuilder(CloakroomApplication.class).profiles("simulation")
			.run("--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("cloakroom") + ";WRITE_DELAY=0",
					"--server.port=0", "--cloakroom.scheduling.enabled=false",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.siem.enabled=" + forwarding, "--cloakroom.siem.host=127.0.0.1",
					"--cloakroom.siem.port=" + rsyslog.tcpPort(), "--cloakroom.siem.format=" + format,
					"--cloakroom.siem.hostname=siem-bench", "--logging.level.root=WARN");
		this.transactions = this.context.getBean(TransactionTemplate.class);
	}

	/** One event appended in a transaction of its own, as a module appends. */
	void append(int number) {
		SiemTested event = SiemTested.number(number);
		this.transactions.executeWithoutResult((status) -> this.context.publishEvent(event));
	}

	long head() {
		List<AuditEntry> newest = auditLog().latest(1);
		return newest.isEmpty() ? 0 : newest.get(0).sequence();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	AuditLog auditLog() {
		return this.context.getBean(AuditLog.class);
	}

	@Override
	public void close() {
		this.context.close();
		FileSystemUtils.deleteRecursively(this.data.toFile());
	}

}
