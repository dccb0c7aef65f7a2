package org.cloakroom.kiosk.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Web settings.
 *
 * @param trustedOrigins origins besides the kiosk's own
 * ({@code https://console.example:8443}) whose pages may post to it; none by default
 */
@ConfigurationProperties("cloakroom.web")
@Validated
public record WebProperties(@NotNull @DefaultValue( {
	}) List<@Pattern(regexp = "https?://[^/?#\\s]+",
			message = "must be an origin: http(s)://host[:port], no path") String> trustedOrigins){

	public WebProperties {
		trustedOrigins = trustedOrigins.stream().map(RequestOrigin::normalise).toList();
	}

}
