package org.cloakroom.kiosk.fleet.ingest;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.enrolment.IdentityCipher;
import org.cloakroom.kiosk.fleet.publish.KioskConfigurationPulled;
import org.cloakroom.kiosk.fleet.publish.RequestingKiosk;
import org.cloakroom.kiosk.fleet.publish.WrappingKeys;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the configuration a kiosk pulls ({@code fleet.publish}) needs of the registered
 * kiosks: which kiosk the fleet chain authenticated ({@link FleetCaller}), its wrapping
 * key (opened as {@link FleetJoin} sealed it), and, once it pulled, its configuration
 * version and last contact kept on its row.
 */
@Component
@CentralHome
class FleetKioskPulls implements RequestingKiosk, WrappingKeys {

	private final KioskTable kiosks;

	private final IdentityCipher cipher;

	private final Clock clock;

	FleetKioskPulls(KioskTable kiosks, IdentityCipher cipher, Clock clock) {
		this.kiosks = kiosks;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	public OptionalLong of(Authentication authentication) {
		return (authentication instanceof FleetCaller caller) ? OptionalLong.of(caller.getPrincipal().id())
				: OptionalLong.empty();
	}

	@Override
	public Optional<byte[]> of(long kiosk) {
		return this.kiosks.wrappingKeySealed(kiosk)
			.map((sealed) -> this.cipher.decrypt(sealed, FleetJoin.wrappingKeyContext(kiosk)));
	}

	@EventListener
	@Transactional
	void on(KioskConfigurationPulled pulled) {
		this.kiosks.configurationPulled(pulled.kiosk(), pulled.given(), this.clock.instant());
	}

}
