package org.cloakroom.kiosk.fleet.pull;

import java.net.URI;
import java.util.Arrays;

import org.cloakroom.kiosk.fleet.forward.FleetSecrets;
import org.cloakroom.kiosk.fleet.forward.Membership;

/**
 * What applying central's configuration needs of the kiosk's membership: which central
 * (named in refusals of local edits), the kiosk's id there and its wrapping key (IRKs
 * come sealed under it). Read from what {@code fleet join} wrote ({@link FleetSecrets});
 * {@link #toString()} shows no secret.
 */
record CentralLink(URI central, long kiosk, byte[] wrappingKey) {

	CentralLink {
		if (wrappingKey == null || wrappingKey.length != 32) {
			throw new IllegalArgumentException("Kiosk " + kiosk + "'s wrapping key is not 32 bytes");
		}
		wrappingKey = wrappingKey.clone();
	}

	/**
	 * @throws IllegalStateException naming the file when the join left no wrapping key
	 */
	static CentralLink of(Membership membership, FleetSecrets secrets) {
		byte[] key = secrets.wrappingKey()
			.orElseThrow(() -> new IllegalStateException("This kiosk joined central " + membership.central()
					+ " but has no " + FleetSecrets.WRAPPING_KEY + ": run fleet join again"));
		return new CentralLink(membership.central(), membership.kiosk(), key);
	}

	@Override
	public byte[] wrappingKey() {
		return this.wrappingKey.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CentralLink that && this.central.equals(that.central) && this.kiosk == that.kiosk
				&& Arrays.equals(this.wrappingKey, that.wrappingKey);
	}

	@Override
	public int hashCode() {
		return this.central.hashCode() * 31 + Long.hashCode(this.kiosk);
	}

	@Override
	public String toString() {
		return "CentralLink[central=" + this.central + ", kiosk=" + this.kiosk + "]";
	}

}
