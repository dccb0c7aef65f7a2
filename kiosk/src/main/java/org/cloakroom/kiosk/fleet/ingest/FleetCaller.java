package org.cloakroom.kiosk.fleet.ingest;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A joined kiosk whose fleet token the fleet chain accepted, for this request only: the
 * controllers take it as the principal and act for this kiosk alone.
 */
final class FleetCaller extends AbstractAuthenticationToken {

	static final String ROLE = "FLEET_KIOSK";

	private final Kiosk kiosk;

	/** The kiosk a request comes from. */
	record Kiosk(long id, String name, String site) {
	}

	FleetCaller(Kiosk kiosk) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		this.kiosk = kiosk;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Kiosk getPrincipal() {
		return this.kiosk;
	}

	@Override
	public String getName() {
		return "registered-kiosk:" + this.kiosk.name();
	}

}
