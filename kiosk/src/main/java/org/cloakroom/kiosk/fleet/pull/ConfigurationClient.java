package org.cloakroom.kiosk.fleet.pull;

import java.io.IOException;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.fleet.forward.CentralClient;
import org.cloakroom.kiosk.fleet.forward.JoinedCentral;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Asks central for its configuration since a version, through the forwarder's
 * {@link CentralClient} (the same trust and fleet token): empty when the kiosk's version
 * is current (304).
 */
@Component
@DoorHome
@Conditional(JoinedCentral.class)
class ConfigurationClient {

	static final String PATH = "api/v1/fleet/configuration";

	private final CentralClient central;

	private final JsonMapper json;

	ConfigurationClient(CentralClient central, JsonMapper json) {
		this.central = central;
		this.json = json;
	}

	/**
	 * @throws IOException naming central and what it answered, when it is unreachable or
	 * refuses
	 */
	Optional<ConfigurationUpdate> since(Long since) throws IOException, InterruptedException {
		String path = PATH + ((since != null) ? "?since=" + since : "");
		CentralClient.Answer answer = this.central.get(path);
		if (answer.status() == 304) {
			return Optional.empty();
		}
		if (!answer.ok()) {
			throw new IOException("Central " + this.central.central() + " answered " + answer.describe() + " to " + path
					+ ((answer.code() == null) ? ": " + answer.body() : ""));
		}
		return Optional.of(this.json.readValue(answer.body(), ConfigurationUpdate.class));
	}

}
