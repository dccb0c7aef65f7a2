package org.cloakroom.kiosk.fleet.wire;

/**
 * Central's answer to a join: the kiosk's id, name and site, its fleet token and its
 * wrapping key (Base64, 32 bytes; the IRKs of its configuration are sealed under it).
 * Both secrets are given once.
 */
public record Joined(long kiosk, String name, String site, String token, String wrappingKey) {

	@Override
	public String toString() {
		return "Joined[kiosk=" + this.kiosk + ", name=" + this.name + ", site=" + this.site + "]";
	}

}
