package org.cloakroom.kiosk.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first console user, at the first start (no console user at all): {@code admin},
 * with the password in {@code CLOAKROOM_ADMIN_PASSWORD} when it is set, or else a random
 * one-time password written once to the log, which must be changed at the first sign-in.
 * Later starts find a console user and do nothing, whatever the environment says.
 */
@Component
class FirstAdmin {

	static final String USERNAME = "admin";

	static final String PASSWORD_VARIABLE = "CLOAKROOM_ADMIN_PASSWORD";

	/** Who the audit log says created the first admin. */
	static final String CREATED_BY = "first-start";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ConsoleUsers users;

	private final Environment environment;

	FirstAdmin(ConsoleUsers users, Environment environment) {
		this.users = users;
		this.environment = environment;
	}

	@EventListener(ApplicationStartedEvent.class)
	public void atFirstStart() {
		String given = this.environment.getProperty(PASSWORD_VARIABLE);
		if (given != null && !given.isBlank()) {
			if (this.users.createFirstAdmin(USERNAME, given, false, CREATED_BY)) {
				log.info("Created console user '{}' (ADMIN) with the password in {}", USERNAME, PASSWORD_VARIABLE);
			}
			return;
		}
		String oneTime = oneTimePassword();
		if (this.users.createFirstAdmin(USERNAME, oneTime, true, CREATED_BY)) {
			// The one time this password is shown: it must be changed at the first
			// sign-in.
			log.warn(
					"Created console user '{}' (ADMIN) with the one-time password {} ; sign in at /signin and"
							+ " choose a new one (set {} before the first start to choose it yourself)",
					USERNAME, oneTime, PASSWORD_VARIABLE);
		}
	}

	/** 120 random bits in 20 URL-safe characters. */
	static String oneTimePassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
