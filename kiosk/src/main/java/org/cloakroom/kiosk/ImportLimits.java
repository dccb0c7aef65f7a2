package org.cloakroom.kiosk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much an upload may hold ({@code cloakroom.imports.*}), so that no file can exhaust
 * the kiosk's heap (it runs with 256 MB): request sizes per endpoint, rows per file,
 * problems listed, and what a ZIP may expand to.
 *
 * @param catalogueMaxSize the largest catalogue import request (body or multipart)
 * @param mdmMaxSize the largest MDM import or push request
 * @param requestMaxSize the largest body of every other request
 * @param maxRows the most rows (CSV) or entries/apps (JSON) one import may hold
 * @param maxProblems the most problems a refusal lists; the rest are counted
 * @param zipMaxSize the most a ZIP's CSV may expand to
 * @param zipMaxRatio the most a ZIP's CSV may expand per compressed byte
 * @param fleetBatchMaxSize the largest batch of entries a kiosk forwards to the central
 * instance
 */
@ConfigurationProperties("cloakroom.imports")
@Validated
public record ImportLimits(@DefaultValue("4MB") @NotNull DataSize catalogueMaxSize,
		@DefaultValue("32MB") @NotNull DataSize mdmMaxSize, @DefaultValue("1MB") @NotNull DataSize requestMaxSize,
		@DefaultValue("1000000") @Min(1) int maxRows, @DefaultValue("100") @Min(1) int maxProblems,
		@DefaultValue("256MB") @NotNull DataSize zipMaxSize, @DefaultValue("100") @Min(2) int zipMaxRatio,
		@DefaultValue("8MB") @NotNull DataSize fleetBatchMaxSize) {

	/** Where a property's name is needed in a message. */
	public static final String PREFIX = "cloakroom.imports.";

}
