package org.cloakroom.kiosk.fleet.forward;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.cloakroom.kiosk.fleet.wire.EventBatch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Forwarding to central ({@code cloakroom.fleet.*}; README, "Configuration"). Where
 * central is, and the kiosk's credential, come from {@code fleet join}, not from here.
 *
 * @param batchSize entries per batch (central takes at most 1,000)
 * @param heartbeatInterval how often the kiosk reports its head when it has nothing new
 * @param connectTimeout how long a connection to central may take
 * @param requestTimeout how long one request may take, answer included
 * @param retryBackoff the wait after the first failure; it doubles with each further one
 * @param maxRetryBackoff the longest wait between attempts
 * @param unreachableLimit how long central may be unreachable before health reports DOWN
 */
@ConfigurationProperties("cloakroom.fleet")
@Validated
public record ForwardingProperties(@Min(1) @Max(EventBatch.MAX_ENTRIES) @DefaultValue("500") int batchSize,
		@NotNull @DefaultValue("30s") Duration heartbeatInterval, @NotNull @DefaultValue("10s") Duration connectTimeout,
		@NotNull @DefaultValue("60s") Duration requestTimeout, @NotNull @DefaultValue("1s") Duration retryBackoff,
		@NotNull @DefaultValue("5m") Duration maxRetryBackoff, @NotNull @DefaultValue("1h") Duration unreachableLimit) {

	public ForwardingProperties {
		positive("cloakroom.fleet.heartbeat-interval", heartbeatInterval);
		positive("cloakroom.fleet.connect-timeout", connectTimeout);
		positive("cloakroom.fleet.request-timeout", requestTimeout);
		positive("cloakroom.fleet.retry-backoff", retryBackoff);
		positive("cloakroom.fleet.max-retry-backoff", maxRetryBackoff);
		positive("cloakroom.fleet.unreachable-limit", unreachableLimit);
		if (retryBackoff != null && maxRetryBackoff != null && maxRetryBackoff.compareTo(retryBackoff) < 0) {
			throw new IllegalArgumentException("cloakroom.fleet.max-retry-backoff (" + maxRetryBackoff
					+ ") must be at least cloakroom.fleet.retry-backoff (" + retryBackoff + ")");
		}
	}

	private static void positive(String name, Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

}
