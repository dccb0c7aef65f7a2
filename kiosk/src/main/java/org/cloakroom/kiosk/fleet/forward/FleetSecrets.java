package org.cloakroom.kiosk.fleet.forward;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.fleet.wire.FleetToken;

/**
 * A joined kiosk's secret files: {@code fleet.properties} (its {@link Membership}),
 * {@code fleet-token} (the bearer credential) and {@code fleet-wrapping.key} (Base64, 32
 * bytes: the key central seals this kiosk's IRKs under). All owner-only, as every secret.
 */
public final class FleetSecrets {

	public static final String MEMBERSHIP = "fleet.properties";

	public static final String TOKEN = "fleet-token";

	public static final String WRAPPING_KEY = "fleet-wrapping.key";

	private static final int WRAPPING_KEY_BYTES = 32;

	private final SecretFiles files;

	public FleetSecrets(SecretFiles files) {
		this.files = files;
	}

	/** Whether the kiosk has joined central: its membership file exists. */
	public boolean joined() {
		return this.files.read(MEMBERSHIP).isPresent();
	}

	/**
	 * The membership {@code fleet join} wrote.
	 * @throws IllegalStateException naming the file and the missing or bad field
	 */
	public Membership membership() {
		Path file = this.files.path(MEMBERSHIP);
		String text = this.files.read(MEMBERSHIP)
			.orElseThrow(() -> new IllegalStateException(file + " is missing: run fleet join"));
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
			String trust = properties.getProperty("trust");
			return new Membership(URI.create(required(properties, "central")),
					Long.parseLong(required(properties, "kiosk")), required(properties, "name"),
					required(properties, "site"), (trust != null && !trust.isBlank()) ? Path.of(trust) : null,
					Long.parseLong(required(properties, "joined-at-sequence")),
					Instant.parse(required(properties, "joined-at")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage() + " (run fleet join again)", ex);
		}
	}

	/** The fleet token; refused when the file is missing or garbled, naming it. */
	public FleetToken token() {
		Path file = this.files.path(TOKEN);
		return this.files.read(TOKEN)
			.flatMap(FleetToken::parse)
			.orElseThrow(() -> new IllegalStateException(file + " is missing or holds no fleet token: run fleet join"));
	}

	/** The wrapping key's 32 bytes, if the kiosk has one. */
	public Optional<byte[]> wrappingKey() {
		Path file = this.files.path(WRAPPING_KEY);
		return this.files.read(WRAPPING_KEY).map((text) -> {
			byte[] key = Base64.getDecoder().decode(text);
			if (key.length != WRAPPING_KEY_BYTES) {
				throw new IllegalStateException(file + " holds " + key.length + " bytes, not " + WRAPPING_KEY_BYTES);
			}
			return key;
		});
	}

	/**
	 * Writes what a join gave: token and wrapping key first, the membership last, so that
	 * a kiosk never finds a membership without its credential.
	 */
	public void write(Membership membership, FleetToken token, String wrappingKey) {
		byte[] key = Base64.getDecoder().decode(wrappingKey);
		if (key.length != WRAPPING_KEY_BYTES) {
			throw new IllegalArgumentException(
					"central sent a wrapping key of " + key.length + " bytes, not " + WRAPPING_KEY_BYTES);
		}
		this.files.write(TOKEN, token.text());
		this.files.write(WRAPPING_KEY, Base64.getEncoder().encodeToString(key));
		this.files.write(MEMBERSHIP, text(membership));
	}

	private static String text(Membership membership) {
		Properties properties = new Properties();
		properties.setProperty("central", membership.central().toString());
		properties.setProperty("kiosk", Long.toString(membership.kiosk()));
		properties.setProperty("name", membership.name());
		properties.setProperty("site", membership.site());
		if (membership.trust() != null) {
			properties.setProperty("trust", membership.trust().toAbsolutePath().toString());
		}
		properties.setProperty("joined-at-sequence", Long.toString(membership.joinedAtSequence()));
		properties.setProperty("joined-at", membership.joinedAt().toString());
		StringWriter text = new StringWriter();
		try {
			properties.store(text, "The central instance this kiosk joined (fleet join); the kiosk reads it at start");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().strip();
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("no '" + key + "'");
		}
		return value.strip();
	}

}
