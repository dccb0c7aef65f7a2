package org.cloakroom.kiosk.fleet.wire;

import java.util.List;

/**
 * A kiosk joining central: the one-time join code, its checkpoint public keys, and the
 * head its log has reached, sequence and hash (central takes the chain from there: the
 * kiosk's next entry must link to that hash).
 *
 * @param hash the hash of entry {@code sequence}; may be left out (null) only at 0, the
 * genesis
 */
public record JoinRequest(String code, List<SigningKey> signingKeys, long sequence, String hash) {

	public JoinRequest {
		signingKeys = (signingKeys != null) ? List.copyOf(signingKeys) : List.of();
	}

}
