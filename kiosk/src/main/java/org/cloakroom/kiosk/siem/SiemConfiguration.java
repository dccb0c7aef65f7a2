package org.cloakroom.kiosk.siem;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

import org.cloakroom.kiosk.RetryBackoff;
import org.cloakroom.kiosk.TrustedCertificates;
import org.cloakroom.kiosk.audit.ArchiveHold;
import org.cloakroom.kiosk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forwarding to the SIEM, wired only with {@code cloakroom.siem.enabled=true}: without it
 * nothing is sent and there is no "siem" health component.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cloakroom.siem.enabled")
class SiemConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SiemConfiguration.class);

	private static final String TRUST_SETTING = "cloakroom.siem.trust-certificates";

	@Bean
	SiemCursorTable siemCursorTable(JdbcClient jdbc) {
		return new SiemCursorTable(jdbc);
	}

	@Bean
	SiemForwarder siemForwarder(SiemProperties properties, AuditLog auditLog, SiemCursorTable cursor, Clock clock) {
		String hostname = (properties.hostname() != null) ? properties.hostname() : localHostname();
		SyslogMessages messages = new SyslogMessages(properties.facility(), hostname, properties.appName(),
				EntryBody.of(properties.format(), hostname));
		SiemForwarder forwarder = new SiemForwarder(auditLog, cursor, connector(properties), messages, clock,
				properties.batchSize(), new RetryBackoff(properties.retryBackoff(), properties.maxRetryBackoff()),
				properties.writeTimeout());
		log.info("Forwarding the audit log to the SIEM at {} as {}, from audit entry {} on", forwarder.target(),
				properties.format(), forwarder.status().cursor() + 1);
		return forwarder;
	}

	@Bean(destroyMethod = "")
	SiemSender siemSender(SiemForwarder forwarder) {
		return new SiemSender(forwarder);
	}

	/** Retention keeps every entry the SIEM has not received yet. */
	@Bean
	ArchiveHold siemArchiveHold(SiemForwarder forwarder) {
		return () -> forwarder.status().cursor() + 1;
	}

	@Bean("siemHealthIndicator")
	SiemHealthIndicator siemHealthIndicator(SiemForwarder forwarder, AuditLog auditLog, Clock clock,
			SiemProperties properties) {
		return new SiemHealthIndicator(forwarder, auditLog, clock, properties.backlogAgeLimit());
	}

	private static SyslogConnector connector(SiemProperties properties) {
		int timeout = Math.toIntExact(properties.connectTimeout().toMillis());
		return switch (properties.transport()) {
			case TCP -> new StreamConnector(properties.host(), properties.port(), timeout, null);
			case TLS -> new StreamConnector(properties.host(), properties.port(), timeout,
					TrustedCertificates.sslContext(properties.trustCertificates(), TRUST_SETTING));
			case UDP -> new DatagramConnector(properties.host(), properties.port());
		};
	}

	private static String localHostname() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			log.warn("This machine's host name is unknown; SIEM messages carry '-' (set cloakroom.siem.hostname)");
			return null;
		}
	}

	/**
	 * A bean of this configuration, not a nested configuration: component scanning would
	 * find a nested one on its own, without this configuration's condition.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
	Ticking siemTicking(SiemSender sender) {
		return new Ticking(sender);
	}

	/**
	 * Wakes the sender once a second, so that it retries after a failure once the backoff
	 * has passed, and drops a write that hangs. Off with
	 * {@code cloakroom.scheduling.enabled=false}: tests wake it themselves.
	 */
	static class Ticking {

		private final SiemSender sender;

		Ticking(SiemSender sender) {
			this.sender = sender;
		}

		@Scheduled(fixedDelay = 1000)
		void tick() {
			this.sender.tick();
		}

	}

}
