package org.cloakroom.kiosk.ble;

/** A public or static random address that does not rotate (badges, older devices). */
public record FixedAddressIdentity(BleAddress address) implements BleIdentity {

	public FixedAddressIdentity {
		if (address == null) {
			throw new IllegalArgumentException("A fixed-address identity needs an address");
		}
	}

	@Override
	public String kind() {
		return "address";
	}

	@Override
	public String describe() {
		return "address " + this.address;
	}

}
