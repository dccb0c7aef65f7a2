package org.cloakroom.kiosk.fleet.pull;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a kiosk holds once it joined central (the join writes it among the secrets): where
 * central is, the kiosk's id there, its fleet token and its wrapping key.
 */
public interface CentralLink {

	/** The link, or empty while the kiosk has not joined. */
	Optional<Link> link();

	/** A joined kiosk's link to central; {@link #toString()} shows no secret. */
	record Link(URI central, long kiosk, String token, byte[] wrappingKey) {

		public Link {
			if (wrappingKey == null || wrappingKey.length != 32) {
				throw new IllegalArgumentException("Kiosk " + kiosk + "'s wrapping key is not 32 bytes");
			}
			wrappingKey = wrappingKey.clone();
		}

		@Override
		public byte[] wrappingKey() {
			return this.wrappingKey.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Link that && this.central.equals(that.central) && this.kiosk == that.kiosk
					&& this.token.equals(that.token) && Arrays.equals(this.wrappingKey, that.wrappingKey);
		}

		@Override
		public int hashCode() {
			return this.central.hashCode() * 31 + Long.hashCode(this.kiosk);
		}

		@Override
		public String toString() {
			return "Link[central=" + this.central + ", kiosk=" + this.kiosk + "]";
		}

	}

}
