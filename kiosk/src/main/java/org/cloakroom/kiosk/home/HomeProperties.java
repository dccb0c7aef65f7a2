package org.cloakroom.kiosk.home;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the program runs, {@code cloakroom.home} ({@link org.cloakroom.kiosk.Homes}):
 * bound so that a misspelt home stops the start instead of running a door's modules where
 * central was meant.
 *
 * @param home {@code kiosk} (the default), {@code simulation} or {@code central}
 */
@ConfigurationProperties("cloakroom")
@Validated
record HomeProperties(@DefaultValue("kiosk") @NotNull Home home) {

	/** The homes; their names are {@link org.cloakroom.kiosk.Homes}' constants. */
	enum Home {

		KIOSK, SIMULATION, CENTRAL

	}

}
