package org.cloakroom.kiosk.fleet;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How configuration flows from central to kiosks, under {@code cloakroom.fleet}.
 *
 * @param pullInterval on a kiosk that joined: how long from the end of one pull of
 * central's configuration to the next
 * @param configurationHistory centrally: how long central remembers what it removed from
 * the configuration; a kiosk that last pulled longer ago gets a snapshot instead of a
 * delta
 */
@ConfigurationProperties("cloakroom.fleet")
@Validated
public record FleetConfigurationProperties(@DefaultValue("5m") @NotNull Duration pullInterval,
		@DefaultValue("30d") @NotNull Duration configurationHistory) {

}
