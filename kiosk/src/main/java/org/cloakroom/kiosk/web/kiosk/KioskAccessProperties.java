package org.cloakroom.kiosk.web.kiosk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may drive the kiosk besides the kiosk itself, under {@code cloakroom.kiosk}.
 *
 * @param token the kiosk token ({@code CLOAKROOM_KIOSK_TOKEN}): a program presents it as
 * {@code Authorization: Bearer <token>}, a screen on another machine pairs with it once;
 * unset, only the kiosk itself may drive the kiosk. At least 32 characters, no spaces
 * ({@code openssl rand -base64 32}).
 * @param loopback whether a request from the kiosk itself (remote address 127.0.0.0/8 or
 * ::1) is the kiosk; false where a reverse proxy on the same machine forwards requests
 * from elsewhere, which would all come from the loopback address
 */
@ConfigurationProperties("cloakroom.kiosk")
@Validated
public record KioskAccessProperties(String token, @DefaultValue("true") boolean loopback) {

	static final int MIN_TOKEN_LENGTH = 32;

	public KioskAccessProperties {
		token = (token == null || token.isEmpty()) ? null : token;
		// the messages name the rule and the length only: never the token itself
		if (token != null && token.length() < MIN_TOKEN_LENGTH) {
			throw new IllegalArgumentException("cloakroom.kiosk.token (CLOAKROOM_KIOSK_TOKEN) must be at least "
					+ MIN_TOKEN_LENGTH + " characters; it has " + token.length());
		}
		if (token != null && !token.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new IllegalArgumentException(
					"cloakroom.kiosk.token (CLOAKROOM_KIOSK_TOKEN) must be printable ASCII without spaces");
		}
	}

	@Override
	public String toString() {
		return "KioskAccessProperties[token=" + ((this.token != null) ? "(set)" : "(none)") + ", loopback="
				+ this.loopback + "]";
	}

}
