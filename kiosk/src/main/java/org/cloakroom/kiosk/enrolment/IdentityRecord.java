package org.cloakroom.kiosk.enrolment;

import java.util.Arrays;
import java.util.Objects;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;

/**
 * A phone's BLE identity as central sends it to a kiosk: its id, its kind, and either its
 * clear text form ({@code ibeacon}, {@code eddystone-uid}, {@code address}) or, for an
 * IRK, the 16-byte key, which only the wrapping for the wire and the kiosk's sealing at
 * rest may see. {@link #toString()} never shows the key.
 */
public record IdentityRecord(long id, PhoneId phoneId, String kind, String text, byte[] irk) {

	public static final String IRK = "irk";

	public IdentityRecord {
		if (IRK.equals(kind) == (irk == null) || IRK.equals(kind) == (text != null)) {
			throw new IllegalArgumentException(
					"Identity " + id + " of kind " + kind + " needs an IRK's key or a clear text form, not both");
		}
		irk = (irk != null) ? new IdentityResolvingKey(irk).key() : null;
		if (text != null) {
			IdentityText.parse(kind, text);
		}
	}

	static IdentityRecord of(long id, PhoneId phoneId, BleIdentity identity) {
		return (identity instanceof IdentityResolvingKey key) ? new IdentityRecord(id, phoneId, IRK, null, key.key())
				: new IdentityRecord(id, phoneId, identity.kind(), IdentityText.format(identity), null);
	}

	BleIdentity identity() {
		return (this.irk != null) ? new IdentityResolvingKey(this.irk) : IdentityText.parse(this.kind, this.text);
	}

	/** Its short fingerprint, as the admin console shows it. */
	public String fingerprint() {
		return IdentityFingerprint.of(identity());
	}

	@Override
	public byte[] irk() {
		return (this.irk != null) ? this.irk.clone() : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdentityRecord that && this.id == that.id && this.phoneId.equals(that.phoneId)
				&& this.kind.equals(that.kind) && Objects.equals(this.text, that.text)
				&& Arrays.equals(this.irk, that.irk);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.phoneId, this.kind, this.text, Arrays.hashCode(this.irk));
	}

	@Override
	public String toString() {
		return "IdentityRecord[id=" + this.id + ", phoneId=" + this.phoneId + ", kind=" + this.kind + "]";
	}

}
