package org.cloakroom.kiosk.ble;

/**
 * Something an enrolled phone (or a badge carried with it) can be recognised by over BLE.
 * {@link #kind()} and {@link #describe()} are safe to log and show; an IRK's
 * {@code describe()} reveals nothing of the key.
 */
public sealed interface BleIdentity
		permits IdentityResolvingKey, IBeaconIdentity, EddystoneUidIdentity, FixedAddressIdentity {

	/**
	 * A short stable name of the kind: {@code irk}, {@code ibeacon},
	 * {@code eddystone-uid}, {@code address}.
	 */
	String kind();

	/** Text that identifies this identity to a person without revealing a secret. */
	String describe();

}
