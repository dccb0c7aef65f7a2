package org.cloakroom.kiosk.fleet.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.enrolment.IdentityRecord;

/**
 * One thing of central's configuration as it stands now: its value the same for every
 * kiosk; for an IRK, {@code identity} holds the key, kept out of the value, to be wrapped
 * for each kiosk apart.
 */
record Item(String kind, String key, ObjectNode value, IdentityRecord identity) {

	/** The SHA-256 of the value, by which a change is told from none. */
	String digest() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(this.value.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
