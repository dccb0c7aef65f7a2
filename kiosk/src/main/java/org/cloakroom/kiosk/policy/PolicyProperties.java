package org.cloakroom.kiosk.policy;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The area policy ({@code cloakroom.policy.*}).
 *
 * @param mode which phones must be stored: those with a flagged app, or all
 * @param unenrolledPhones what to do about a phone at the door that is not enrolled
 * @param noInventory what to decide for an enrolled phone with no app inventory at all
 * @param catalogueSeed the catalogue loaded at first start, when the catalogue is empty
 */
@ConfigurationProperties("cloakroom.policy")
@Validated
record PolicyProperties(@DefaultValue("FLAGGED_APPS_ONLY") @NotNull Mode mode,
		@DefaultValue("REQUIRE_STORAGE") @NotNull UnenrolledPhoneAction unenrolledPhones,
		@DefaultValue("MUST_STORE") @NotNull NoInventory noInventory,
		@DefaultValue("classpath:catalogue/seed.json") @NotNull Resource catalogueSeed) {

	/** Which phones the area admits. */
	enum Mode {

		/** Phones may enter unless they carry a STORE_REQUIRED flagged app. */
		FLAGGED_APPS_ONLY,
		/** No phone may enter. */
		ALL_PHONES

	}

	/** The decision for an enrolled phone whose apps are unknown. */
	enum NoInventory {

		MUST_STORE, CLEAR

	}

}
