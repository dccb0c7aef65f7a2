package org.cloakroom.kiosk.fleet.wire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kiosk's fleet token, {@code cloakroom-kiosk.<kiosk id>.<secret>} (the secret: 32
 * random bytes, Base64 URL-safe without padding), sent as {@code Authorization: Bearer}.
 * Central keeps only the secret's SHA-256.
 */
public record FleetToken(long kiosk, String secret) {

	private static final Pattern FORM = Pattern.compile("cloakroom-kiosk\\.([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");

	public static Optional<FleetToken> parse(String text) {
		Matcher matcher = (text != null) ? FORM.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new FleetToken(Long.parseLong(matcher.group(1)), matcher.group(2)));
	}

	public String text() {
		return "cloakroom-kiosk." + this.kiosk + "." + this.secret;
	}

	@Override
	public String toString() {
		return "FleetToken[kiosk=" + this.kiosk + "]";
	}

}
