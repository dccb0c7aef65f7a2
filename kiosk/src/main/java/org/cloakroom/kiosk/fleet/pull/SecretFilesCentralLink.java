package org.cloakroom.kiosk.fleet.pull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.SecretFiles;

import org.springframework.stereotype.Component;

/**
 * Reads the link from the secrets the join wrote in {@code cloakroom.secrets.dir}:
 * {@code fleet.properties} ({@code central}, the URL; {@code kiosk}, the id),
 * {@code fleet-token} and {@code fleet-wrapping.key} (Base64 of 32 bytes).
 */
@Component
@DoorHome
class SecretFilesCentralLink implements CentralLink {

	private final SecretFiles secrets;

	SecretFilesCentralLink(SecretFiles secrets) {
		this.secrets = secrets;
	}

	@Override
	public Optional<Link> link() {
		Optional<String> fleet = this.secrets.read("fleet.properties");
		if (fleet.isEmpty()) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(fleet.get()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String central = required(properties, "central");
		String kiosk = required(properties, "kiosk");
		String token = this.secrets.read("fleet-token")
			.orElseThrow(() -> new IllegalStateException(missing("fleet-token")));
		String key = this.secrets.read("fleet-wrapping.key")
			.orElseThrow(() -> new IllegalStateException(missing("fleet-wrapping.key")));
		return Optional
			.of(new Link(URI.create(central), Long.parseLong(kiosk), token, Base64.getDecoder().decode(key)));
	}

	private String required(Properties properties, String name) {
		String value = properties.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					this.secrets.path("fleet.properties") + " has no '" + name + "': join central again");
		}
		return value.strip();
	}

	private String missing(String name) {
		return this.secrets.path("fleet.properties") + " says this kiosk joined central, but " + this.secrets.path(name)
				+ " is missing: join central again";
	}

}
