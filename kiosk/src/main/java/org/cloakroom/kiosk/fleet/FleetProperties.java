package org.cloakroom.kiosk.fleet;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.cloakroom.kiosk.fleet.wire.EventBatch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The fleet's settings ({@code cloakroom.fleet.*}; README, "Configuration"): forwarding
 * to central and pulling its configuration on a kiosk, the configuration's history
 * centrally. Where central is, and the kiosk's credential, come from {@code fleet join},
 * not from here. (Central's retention reads its own two keys of this prefix:
 * {@code fleet.retention.FleetRetentionProperties}.)
 *
 * @param batchSize entries per batch (central takes at most 1,000)
 * @param heartbeatInterval how often the kiosk reports its head when it has nothing new
 * @param connectTimeout how long a connection to central may take
 * @param requestTimeout how long one request may take, answer included
 * @param retryBackoff the wait after the first failure; it doubles with each further one
 * @param maxRetryBackoff the longest wait between attempts
 * @param unreachableLimit how long central may be unreachable before health reports DOWN
 * @param pullInterval on a kiosk that joined: how long from the end of one pull of
 * central's configuration to the next
 * @param configurationAgeLimit on a kiosk that joined: how old its copy of central's
 * configuration may grow (since central last confirmed it) before health reports DOWN
 * @param configurationHistory centrally: how long central remembers what it removed from
 * the configuration; a kiosk that last pulled longer ago gets a snapshot instead of a
 * delta
 */
@ConfigurationProperties("cloakroom.fleet")
@Validated
public record FleetProperties(@Min(1) @Max(EventBatch.MAX_ENTRIES) @DefaultValue("500") int batchSize,
		@NotNull @DefaultValue("30s") Duration heartbeatInterval, @NotNull @DefaultValue("10s") Duration connectTimeout,
		@NotNull @DefaultValue("60s") Duration requestTimeout, @NotNull @DefaultValue("1s") Duration retryBackoff,
		@NotNull @DefaultValue("5m") Duration maxRetryBackoff, @NotNull @DefaultValue("1h") Duration unreachableLimit,
		@NotNull @DefaultValue("5m") Duration pullInterval,
		@NotNull @DefaultValue("24h") Duration configurationAgeLimit,
		@NotNull @DefaultValue("30d") Duration configurationHistory) {

	public FleetProperties {
		positive("cloakroom.fleet.heartbeat-interval", heartbeatInterval);
		positive("cloakroom.fleet.connect-timeout", connectTimeout);
		positive("cloakroom.fleet.request-timeout", requestTimeout);
		positive("cloakroom.fleet.retry-backoff", retryBackoff);
		positive("cloakroom.fleet.max-retry-backoff", maxRetryBackoff);
		positive("cloakroom.fleet.unreachable-limit", unreachableLimit);
		positive("cloakroom.fleet.pull-interval", pullInterval);
		positive("cloakroom.fleet.configuration-history", configurationHistory);
		if (retryBackoff != null && maxRetryBackoff != null && maxRetryBackoff.compareTo(retryBackoff) < 0) {
			throw new IllegalArgumentException("cloakroom.fleet.max-retry-backoff (" + maxRetryBackoff
					+ ") must be at least cloakroom.fleet.retry-backoff (" + retryBackoff + ")");
		}
		if (pullInterval != null && configurationAgeLimit != null
				&& configurationAgeLimit.compareTo(pullInterval) <= 0) {
			throw new IllegalArgumentException("cloakroom.fleet.configuration-age-limit (" + configurationAgeLimit
					+ ") must be longer than cloakroom.fleet.pull-interval (" + pullInterval + ")");
		}
	}

	private static void positive(String name, Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

}
