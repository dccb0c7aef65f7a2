package org.cloakroom.kiosk.web.live;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live updates ({@code /officer/stream}, {@code /kiosk/stream},
 * {@code /api/v1/alerts/stream}).
 *
 * @param bufferSize how many events may wait for one client; a client further behind is
 * dropped (and may reconnect)
 * @param replayLimit how many missed entries a client that reconnects with
 * {@code Last-Event-ID} is replayed; one that missed more reloads the page
 * @param sendTimeout how long one write may wait for a client that does not read before
 * the client is dropped
 * @param maxClients how many streams may be open at once; more are refused with 503
 * @param heartbeat how long a stream may stay silent before a comment is sent, so that a
 * client that went away is noticed
 */
@ConfigurationProperties("cloakroom.live")
@Validated
record LiveProperties(@Min(1) @Max(100_000) @DefaultValue("256") int bufferSize,
		@Min(1) @Max(AuditLog.MAX_LIMIT) @DefaultValue("500") int replayLimit,
		@NotNull @DefaultValue("5s") Duration sendTimeout, @Min(1) @Max(1000) @DefaultValue("16") int maxClients,
		@NotNull @DefaultValue("20s") Duration heartbeat) {

	LiveProperties {
		positive("cloakroom.live.send-timeout", sendTimeout);
		positive("cloakroom.live.heartbeat", heartbeat);
	}

	private static void positive(String name, Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

}
