package org.cloakroom.kiosk.web.kiosk;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The caller is the kiosk, for this one request (never stored in a session): the kiosk
 * itself, a program holding the kiosk token, or a screen paired with it.
 */
final class KioskAuthentication extends AbstractAuthenticationToken {

	static final String ROLE = "KIOSK";

	/** How the caller showed it is the kiosk. */
	enum How {

		/** The request came from the kiosk itself (loopback). */
		LOOPBACK,
		/** {@code Authorization: Bearer} with the kiosk token. */
		TOKEN,
		/** The cookie of a screen paired with the kiosk token. */
		PAIRED_SCREEN

	}

	private final How how;

	KioskAuthentication(How how) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		this.how = how;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return "kiosk (" + this.how.name().toLowerCase(java.util.Locale.ROOT) + ")";
	}

	How how() {
		return this.how;
	}

}
