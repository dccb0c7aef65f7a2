package org.cloakroom.kiosk.ble.simulated;

import java.time.Duration;
import java.util.Random;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.identity.Ah;
import org.cloakroom.kiosk.ble.transport.AddressType;

/**
 * What a virtual phone sends from which address. An IRK phone sends resolvable private
 * addresses made with the real {@code ah}, rotating; beacons send their frame from a
 * static random address; a fixed address is sent as is; an unenrolled phone sends its
 * model's fingerprint from a rotating non-resolvable private address.
 */
final class SimulatedAddresses {

	private static final long ADDRESS_BITS = 0x3FFF_FFFF_FFFFL;

	private static final long STATIC_RANDOM = 0xC000_0000_0000L;

	private final BleIdentity identity;

	private final Ah ah;

	private final byte[] frame;

	private final long rotationMillis;

	private final AddressType type;

	private BleAddress address;

	private long rotateAt = Long.MIN_VALUE;

	SimulatedAddresses(VirtualPhone phone, Duration rotation, Random random) {
		this.identity = phone.identity();
		this.ah = (this.identity instanceof IdentityResolvingKey irk) ? new Ah(irk) : null;
		this.rotationMillis = rotation.toMillis();
		this.frame = frameOf(phone, random);
		if (this.identity instanceof FixedAddressIdentity fixed) {
			this.address = fixed.address();
			this.type = ((fixed.address().value() >>> 46) == 0b11) ? AddressType.RANDOM : AddressType.PUBLIC;
		}
		else {
			this.type = AddressType.RANDOM;
			if (this.ah == null && this.identity != null) {
				this.address = new BleAddress(STATIC_RANDOM | randomBits(random));
			}
		}
	}

	private static byte[] frameOf(VirtualPhone phone, Random random) {
		if (phone.identity() instanceof IBeaconIdentity beacon) {
			return AdvertisingFrames.iBeacon(beacon, -59);
		}
		if (phone.identity() instanceof EddystoneUidIdentity uid) {
			return AdvertisingFrames.eddystoneUid(uid, -18);
		}
		return AdvertisingFrames.phone(phone.model(), random.nextInt(1 << 24));
	}

	byte[] frame() {
		return this.frame;
	}

	AddressType type() {
		return this.type;
	}

	/** The address in use at {@code time}, rotating private addresses when due. */
	BleAddress addressAt(long time, Random random) {
		boolean rotating = this.ah != null || this.identity == null;
		if (rotating && time >= this.rotateAt) {
			this.address = (this.ah != null) ? this.ah.resolvablePrivateAddress(random22(random))
					: new BleAddress(randomBits(random));
			this.rotateAt = time + this.rotationMillis;
		}
		return this.address;
	}

	/** 46 random bits, neither all zeros nor all ones (the top two bits stay 00). */
	private static long randomBits(Random random) {
		long bits;
		do {
			bits = random.nextLong() & ADDRESS_BITS;
		}
		while (bits == 0 || bits == ADDRESS_BITS);
		return bits;
	}

	private static int random22(Random random) {
		int bits;
		do {
			bits = random.nextInt(1 << 22);
		}
		while (bits == 0 || bits == (1 << 22) - 1);
		return bits;
	}

}
