package org.cloakroom.kiosk.siem;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Forwarding to the SIEM ({@code cloakroom.siem.*}; README, "Configuration").
 *
 * @param enabled whether every audit log entry is forwarded; needs {@code host} and
 * {@code port}
 * @param host the SIEM's syslog receiver
 * @param port its port
 * @param transport {@code tcp} (RFC 6587 octet counting), {@code tls} (RFC 5425) or
 * {@code udp} (best effort)
 * @param format the message body: {@code json} or {@code cef}
 * @param trustCertificates for {@code tls}: a PEM file of the certificates (a CA or the
 * receiver's own) that the receiver's certificate must chain to; none: the JDK's trust
 * store
 * @param appName RFC 5424 APP-NAME
 * @param hostname RFC 5424 HOSTNAME; none: this machine's host name
 * @param facility RFC 5424 facility (13: log audit)
 * @param batchSize entries read from the log and written per batch
 * @param retryBackoff the wait after the first failure; it doubles with each further one
 * @param maxRetryBackoff the longest wait between attempts
 * @param connectTimeout how long a connection attempt may take
 * @param writeTimeout how long one batch may take to write before the connection is
 * dropped and made again
 * @param backlogAgeLimit how old the oldest unsent entry may be before health reports
 * {@code DEGRADED}
 */
@ConfigurationProperties("cloakroom.siem")
@Validated
record SiemProperties(@DefaultValue("false") boolean enabled, String host, @Min(1) @Max(65535) Integer port,
		@NotNull @DefaultValue("tcp") Transport transport, @NotNull @DefaultValue("json") Format format,
		Path trustCertificates,
		@NotNull @Pattern(regexp = PRINTABLE + "{1,48}",
				message = "must be 1 to 48 printable ASCII characters without spaces") @DefaultValue("cloakroom") String appName,
		@Pattern(regexp = PRINTABLE + "{1,255}",
				message = "must be 1 to 255 printable ASCII characters without spaces") String hostname,
		@Min(0) @Max(23) @DefaultValue("13") int facility,
		@Min(1) @Max(AuditLog.MAX_LIMIT) @DefaultValue("100") int batchSize,
		@NotNull @DefaultValue("1s") Duration retryBackoff, @NotNull @DefaultValue("5m") Duration maxRetryBackoff,
		@NotNull @DefaultValue("5s") Duration connectTimeout, @NotNull @DefaultValue("30s") Duration writeTimeout,
		@NotNull @DefaultValue("15m") Duration backlogAgeLimit) {

	/** RFC 5424's PRINTUSASCII: the characters a header field may hold. */
	static final String PRINTABLE = "[\\x21-\\x7E]";

	SiemProperties {
		if (enabled && (host == null || host.isBlank())) {
			throw new IllegalArgumentException("cloakroom.siem.host is required when cloakroom.siem.enabled=true");
		}
		if (enabled && port == null) {
			throw new IllegalArgumentException("cloakroom.siem.port is required when cloakroom.siem.enabled=true");
		}
		positive("cloakroom.siem.retry-backoff", retryBackoff);
		positive("cloakroom.siem.max-retry-backoff", maxRetryBackoff);
		positive("cloakroom.siem.connect-timeout", connectTimeout);
		positive("cloakroom.siem.write-timeout", writeTimeout);
		positive("cloakroom.siem.backlog-age-limit", backlogAgeLimit);
		if (retryBackoff != null && maxRetryBackoff != null && maxRetryBackoff.compareTo(retryBackoff) < 0) {
			throw new IllegalArgumentException("cloakroom.siem.max-retry-backoff (" + maxRetryBackoff
					+ ") must be at least cloakroom.siem.retry-backoff (" + retryBackoff + ")");
		}
		if (trustCertificates != null && transport != Transport.TLS) {
			throw new IllegalArgumentException(
					"cloakroom.siem.trust-certificates is set but cloakroom.siem.transport is " + transport
							+ ", not tls: the certificates would be ignored");
		}
	}

	private static void positive(String name, Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

	/** How messages travel to the SIEM. */
	enum Transport {

		/** Syslog over TCP, octet-counting framing (RFC 6587). */
		TCP,
		/** The same over TLS (RFC 5425). */
		TLS,
		/** One datagram per message (RFC 5426): best effort. */
		UDP

	}

	/** The body of each message. */
	enum Format {

		/** The entry as one JSON object. */
		JSON,
		/** ArcSight's Common Event Format. */
		CEF

	}

}
