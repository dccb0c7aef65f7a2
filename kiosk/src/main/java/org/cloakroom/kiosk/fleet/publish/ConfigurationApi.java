package org.cloakroom.kiosk.fleet.publish;

import java.util.OptionalLong;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/fleet/configuration?since=V}: a kiosk pulls central's configuration,
 * authenticated by the fleet security chain (its fleet token). 304 when V is current;
 * else a snapshot or a delta ({@link ConfigurationAnswers}) with its IRKs wrapped under
 * that kiosk's wrapping key.
 */
@RestController
@CentralHome
class ConfigurationApi {

	private final ConfigurationAnswers answers;

	private final RequestingKiosk kiosks;

	private final WrappingKeys wrappingKeys;

	private final ApplicationEventPublisher events;

	ConfigurationApi(ConfigurationAnswers answers, RequestingKiosk kiosks, WrappingKeys wrappingKeys,
			ApplicationEventPublisher events) {
		this.answers = answers;
		this.kiosks = kiosks;
		this.wrappingKeys = wrappingKeys;
		this.events = events;
	}

	@GetMapping("/api/v1/fleet/configuration")
	ResponseEntity<ConfigurationUpdate> configuration(@RequestParam(required = false) Long since,
			Authentication authentication) {
		OptionalLong kiosk = this.kiosks.of(authentication);
		if (kiosk.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a registered kiosk pulls the configuration");
		}
		byte[] wrappingKey = this.wrappingKeys.of(kiosk.getAsLong())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Kiosk " + kiosk.getAsLong() + " has not joined: it has no wrapping key"));
		return this.answers.answer(kiosk.getAsLong(), wrappingKey, since).map((update) -> {
			this.events.publishEvent(new KioskConfigurationPulled(kiosk.getAsLong(), since, update.version()));
			return ResponseEntity.ok(update);
		}).orElseGet(() -> {
			this.events.publishEvent(new KioskConfigurationPulled(kiosk.getAsLong(), since, since));
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
		});
	}

}
