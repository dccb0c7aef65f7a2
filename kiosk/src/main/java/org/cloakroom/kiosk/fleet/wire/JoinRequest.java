package org.cloakroom.kiosk.fleet.wire;

import java.util.List;

/**
 * A kiosk joining central: the one-time join code, its checkpoint public keys, and the
 * sequence its log has reached (central takes the chain from there).
 */
public record JoinRequest(String code, List<SigningKey> signingKeys, long sequence) {

	public JoinRequest {
		signingKeys = (signingKeys != null) ? List.copyOf(signingKeys) : List.of();
	}

}
