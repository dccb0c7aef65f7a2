package org.cloakroom.kiosk.fleet.ingest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kiosks central knows, as an admin manages them: registered (the join code given
 * once), listed with their lag, revoked. Each change is audited in the admin's name.
 */
@Service
@CentralHome
public class RegisteredKiosks {

	/** How long a join code may be used. */
	static final Duration JOIN_CODE_LIFETIME = Duration.ofHours(24);

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private static final int MAX_SITE = 80;

	private final KioskTable kiosks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RegisteredKiosks(KioskTable kiosks, ApplicationEventPublisher events, Clock clock) {
		this.kiosks = kiosks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a kiosk: {@code name} a slug unique among them, {@code site} where it
	 * stands.
	 */
	@Transactional
	public KioskRegistration register(String name, String site, String by) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw FleetRefusal.nameInvalid(name);
		}
		String where = (site != null) ? site.strip() : "";
		if (where.isEmpty() || where.length() > MAX_SITE || where.chars().anyMatch(Character::isISOControl)) {
			throw FleetRefusal.siteInvalid(site);
		}
		if (this.kiosks.nameTaken(name)) {
			throw FleetRefusal.nameTaken(name);
		}
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(JOIN_CODE_LIFETIME);
		String code = JoinCode.generate(this.random);
		long id = this.kiosks.insert(name, where, by, JoinCode.digest(JoinCode.characters(code).orElseThrow()),
				expiresAt, now);
		this.events.publishEvent(new KioskRegistered(id, name, where, expiresAt, by));
		return new KioskRegistration(get(name), code, expiresAt);
	}

	/** Every registered kiosk, by site and name. */
	public List<RegisteredKiosk> list() {
		return this.kiosks.list();
	}

	public RegisteredKiosk get(String name) {
		return this.kiosks.byName(name).orElseThrow(() -> new NotFoundException("registered kiosk", name));
	}

	/** Revokes a kiosk: its fleet token, or its unused join code, refused from now on. */
	@Transactional
	public RegisteredKiosk revoke(String name, String by) {
		RegisteredKiosk kiosk = get(name);
		if (!this.kiosks.revoke(kiosk.id(), by, this.clock.instant())) {
			throw FleetRefusal.alreadyRevoked(name, kiosk.revokedAt());
		}
		this.events.publishEvent(new KioskRevoked(kiosk.id(), kiosk.name(), kiosk.site(), by));
		return get(name);
	}

}
